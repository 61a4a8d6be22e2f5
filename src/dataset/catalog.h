/*
 * src/dataset/catalog.h - the columns edubal knows, per table kind.
 *
 * The catalog is data: one row per SCHEMA.md column giving its name, the
 * kind of value it holds, whether it is required, the school section it
 * belongs to and an upper bound beyond which a value is implausible (a
 * units mistake: yuan typed as 10,000 yuan, m² as cm²).  Validation code
 * reads these tables; adding a column means adding a row here.
 */
#ifndef EDUBAL_SRC_DATASET_CATALOG_H
#define EDUBAL_SRC_DATASET_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include <edubal/dataset.h>

/* What a column holds and how a cell of it is read. */
enum edubal__value_kind {
	EDUBAL__VALUE_ID,          /* identifier text, blanks trimmed */
	EDUBAL__VALUE_TEXT,        /* free text such as a name */
	EDUBAL__VALUE_SCHOOL_TYPE, /* enum edubal__school_type */
	EDUBAL__VALUE_LOCATION,    /* enum edubal__location */
	EDUBAL__VALUE_SECTION,     /* enum edubal__section */
	EDUBAL__VALUE_OWNERSHIP,   /* enum edubal__ownership */
	EDUBAL__VALUE_COUNT,       /* whole number >= 0 */
	EDUBAL__VALUE_AMOUNT,      /* real number >= 0 (m², yuan) */
	EDUBAL__VALUE_RATE,        /* real number in [0, 1]; "85%" is 0.85 */
	EDUBAL__VALUE_BOOL,        /* 0 or 1 */
	EDUBAL__VALUE_GRADE,       /* whole number 1..12 */
	EDUBAL__VALUE_SCORE,       /* real number in [0, 100] (points) */
	EDUBAL__VALUE_YEAR         /* whole number 1949..2100 */
};

/* Ranges of the bounded kinds (inclusive). */
#define EDUBAL__GRADE_MIN 1
#define EDUBAL__GRADE_MAX 12
#define EDUBAL__SCORE_MAX 100
#define EDUBAL__YEAR_MIN 1949
#define EDUBAL__YEAR_MAX 2100

/* Most columns that together identify a row (county_id and year). */
#define EDUBAL__KEY_MAX 2

/* Section of a column that belongs to no school section. */
#define EDUBAL__NO_SECTION (-1)

struct edubal__column_spec {
	const char *name;
	enum edubal__value_kind kind;
	bool required;      /* the column must exist and every cell be given */
	int section;        /* enum edubal__section, or EDUBAL__NO_SECTION */
	double max;         /* implausible above this; 0 = no bound */
	const char *unit;   /* unit of max, for messages */
};

/* A count of a row that cannot exceed another count of the same row. */
struct edubal__column_limit {
	const char *column;
	const char *limit;
};

struct edubal__table_spec {
	const char *name;                  /* "schools", used as a default source */
	const struct edubal__column_spec *columns;
	size_t column_count;
	/*
	 * Required columns whose values together are unique within the table
	 * (school_id; county_id and year), NULL-padded; none for classes.
	 */
	const char *key[EDUBAL__KEY_MAX];
	const struct edubal__column_limit *limits;
	size_t limit_count;
};

/* The catalog of table kind, or NULL if kind is not a table kind. */
const struct edubal__table_spec *edubal__catalog_table(
	enum edubal_table_kind kind);

/* Index of column name in the catalog of table, if it is known. */
bool edubal__catalog_find(const struct edubal__table_spec *table,
	const char *name, size_t *out_index);

/* Whether a column of this kind is stored as text (ids, names). */
bool edubal__value_is_text(enum edubal__value_kind kind);

/* Whether a column of this kind holds a named value (type, section, ...). */
bool edubal__value_is_named(enum edubal__value_kind kind);

/*
 * Read a named value (school type, location, section, ownership or
 * boolean word) from text[0..len): English names ASCII case-insensitively,
 * Chinese names exactly.  On failure returns false and sets *why to a
 * static reason listing the accepted names.
 */
bool edubal__catalog_named_value(enum edubal__value_kind kind,
	const char *text, size_t len, double *out, const char **why);

#endif /* EDUBAL_SRC_DATASET_CATALOG_H */
