/*
 * src/dataset/dataset.h - private view of a dataset for the evaluate,
 * project and plan modules.
 *
 * A finished table is a set of columns.  Numeric columns hold numbers
 * with NaN meaning "not given" (NaN never enters from outside: input NaN
 * is refused).  Enumerated columns (school type, location, class section,
 * kindergarten ownership) hold their enum value.  Booleans hold 0 or 1.
 * Text columns (ids, names) hold strings, NULL when not given.  Read
 * cells with edubal__cell_number and edubal__cell_text: how a column
 * stores them (frame.c) is the dataset module's business.
 */
#ifndef EDUBAL_SRC_DATASET_DATASET_H
#define EDUBAL_SRC_DATASET_DATASET_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <edubal/dataset.h>
#include <edubal/io.h>

/* Sections of a school, in SCHEMA.md column-suffix order. */
enum edubal__section {
	EDUBAL__PRIMARY = 0,
	EDUBAL__JUNIOR = 1,
	EDUBAL__SENIOR = 2,
	EDUBAL__SECTION_COUNT = 3
};

/* School types of schools.csv `type`. */
enum edubal__school_type {
	EDUBAL__TYPE_PRIMARY = 0,
	EDUBAL__TYPE_JUNIOR = 1,
	EDUBAL__TYPE_NINE_YEAR = 2,
	EDUBAL__TYPE_TWELVE_YEAR = 3,
	EDUBAL__TYPE_COMPLETE_SECONDARY = 4,
	EDUBAL__TYPE_SENIOR = 5,
	EDUBAL__TYPE_SPECIAL = 6,
	EDUBAL__TYPE_TEACHING_POINT = 7,
	EDUBAL__TYPE_COUNT = 8
};

enum edubal__location {
	EDUBAL__URBAN = 0,
	EDUBAL__TOWN = 1,
	EDUBAL__RURAL = 2
};

enum edubal__ownership {
	EDUBAL__PUBLIC = 0,
	EDUBAL__INCLUSIVE_PRIVATE = 1,
	EDUBAL__OTHER_PRIVATE = 2
};

/*
 * The value that enumerated column (type, location, section, ownership)
 * holds for word, one of the names a cell of that column accepts
 * (English ASCII case-insensitively, or Chinese: "public", "公办").
 * Returns false, leaving *out alone, for any other column or word or a
 * NULL argument.  Profiles use it to compile conditions such as
 * {"left": "ownership", "op": "in", "right": ["public", ...]}.
 */
bool edubal__enum_word_value(const char *column, const char *word,
	double *out);

/* Column suffix of a section: "primary", "junior", "senior". */
const char *edubal__section_name(enum edubal__section s);

/* Section named by a column's suffix ("teachers_junior": junior), or -1. */
int edubal__column_section(const char *column);

/* SCHEMA.md name of a type: "primary", "nine_year", ... */
const char *edubal__school_type_name(enum edubal__school_type t);

/*
 * Whether a school of type t has section s.  A special school reports
 * whichever sections it teaches, so every section is allowed and none is
 * required; a teaching point is a primary section.
 */
struct edubal__type_sections {
	bool has[EDUBAL__SECTION_COUNT];
	bool needs[EDUBAL__SECTION_COUNT];
};

/* Indexed by enum edubal__school_type (catalog.c). */
extern const struct edubal__type_sections
	edubal__type_sections[EDUBAL__TYPE_COUNT];

/* Inline: asked for every school and section, often several times. */
static inline bool
edubal__type_has_section(enum edubal__school_type t, enum edubal__section s)
{
	if ((size_t) t >= EDUBAL__TYPE_COUNT ||
	    (size_t) s >= EDUBAL__SECTION_COUNT)
		return false;
	return edubal__type_sections[t].has[s];
}

/* Whether type t must report students_<s> (its defining sections). */
bool edubal__type_requires_section(enum edubal__school_type t,
	enum edubal__section s);

/* An int column's "not given"; never a value (see edubal__column_set_number). */
#define EDUBAL__INT_NONE INT32_MIN

/*
 * A numeric column holds its cells as int32_t while every given value is
 * a whole number that fits (counts, enumerations, booleans, most money):
 * half the memory of doubles, and exactly the same numbers.  The first
 * value that does not fit turns the column into doubles for good.  Text
 * cells point into the frame's string pool.
 */
struct edubal__column {
	char *name;
	bool is_text;
	int32_t *ints;    /* numeric: values, EDUBAL__INT_NONE = not given */
	double *numbers;  /* numeric once widened (ints NULL): NaN = not given */
	char **texts;     /* text: strings in the frame's pool, NULL = not given */
};

struct edubal__pool_chunk;

struct edubal__frame {
	char *source;     /* file name or source_name; used in messages */
	size_t rows;
	size_t *row_numbers; /* row number in messages of each row, or NULL */
	size_t row_base;     /* ... then row + row_base (arrays: 1) */
	size_t column_count;
	struct edubal__column *columns;
	/* columns sorted by name for edubal__frame_column; set when the table
	 * is finished (NULL while it is built), never changed after */
	const struct edubal__column **by_name;
	bool present;     /* finished and added */
	size_t capacity;  /* rows every column has room for (>= rows) */
	struct edubal__pool_chunk *pool; /* text cells of every column */
};

/* The frame of table kind, or NULL if that table was not added. */
const struct edubal__frame *edubal__dataset_frame(const edubal_dataset *ds,
	enum edubal_table_kind kind);

/* The row number that messages give for row (a spreadsheet row for CSV). */
size_t edubal__frame_row_number(const struct edubal__frame *frame,
	size_t row);

/* Column by name, or NULL if the frame is NULL or lacks it.  O(log n) on
 * a finished frame: evaluation looks columns up per school. */
const struct edubal__column *edubal__frame_column(
	const struct edubal__frame *frame, const char *name);

/* Numeric cell, NaN if the column is NULL, not numeric or not given.
 * Inline, like edubal__cell_text: an evaluation reads a dozen cells of
 * every school, and the calls were a twentieth of it. */
static inline double
edubal__cell_number(const struct edubal__column *column, size_t row)
{
	if (!column)
		return NAN;
	if (column->ints) {   /* never set on a text column */
		int32_t v = column->ints[row];
		return v == EDUBAL__INT_NONE ? NAN : (double) v;
	}
	return !column->is_text && column->numbers ? column->numbers[row] : NAN;
}

/* Text cell, NULL if the column is NULL, not text or not given. */
static inline const char *
edubal__cell_text(const struct edubal__column *column, size_t row)
{
	if (!column || !column->is_text || !column->texts)
		return NULL;
	return column->texts[row];
}

/*
 * edubal_dataset_read_csv() reading path in chunks of chunk bytes (0: the
 * default).  Any chunk size gives the same dataset or error: tests use
 * tiny ones so that chunks end inside fields and UTF-8 sequences.
 */
edubal_status edubal__dataset_read_csv_chunked(edubal_dataset *ds,
	enum edubal_table_kind kind, const char *path, size_t chunk,
	edubal_error *err);

/* The same from an open file f (read to its end, not closed), named path
 * in messages; ds and kind must be valid.  The fuzz target reads its
 * input this way too (fmemopen). */
edubal_status edubal__dataset_read_file(edubal_dataset *ds,
	enum edubal_table_kind kind, FILE *f, const char *path, size_t chunk,
	edubal_error *err);

/*
 * A deep copy of ds's finished tables (notes and unfinished tables are
 * left out), for the planner's re-evaluation (copy.c).  EDUBAL_ENOMEM or
 * EDUBAL_OK with *out set.
 */
edubal_status edubal__dataset_copy(const edubal_dataset *ds,
	edubal_dataset **out);

/*
 * Add delta to the given numeric cell of column at row of table kind.
 * False, changing nothing, if the table, column or row does not exist, the
 * column is text or the cell is not given (or, changing nothing, when out
 * of memory: a whole-number column takes a fractional sum by turning into
 * doubles).  The caller keeps the table's rules (e.g. adds a hired teacher
 * to teachers_<section> as well).
 */
bool edubal__dataset_add_number(edubal_dataset *ds,
	enum edubal_table_kind kind, size_t row, const char *column,
	double delta);

#endif /* EDUBAL_SRC_DATASET_DATASET_H */
