/*
 * edubal/types.h - the opaque handle types, declared once so that module
 * headers can refer to each other's handles without include cycles.
 */
#ifndef EDUBAL_TYPES_H
#define EDUBAL_TYPES_H

/** A CSV file as text cells (io.h). */
typedef struct edubal_table edubal_table;

/** Schools, classes, counties and kindergartens (dataset.h). */
typedef struct edubal_dataset edubal_dataset;

/** A standard profile (standard.h). */
typedef struct edubal_standard edubal_standard;

/** The result of an evaluation (evaluate.h). */
typedef struct edubal_report edubal_report;

#endif /* EDUBAL_TYPES_H */
