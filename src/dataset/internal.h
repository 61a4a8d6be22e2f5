/*
 * src/dataset/internal.h - shared by the files of the dataset module only
 * (other modules use dataset.h).
 *
 * A table is built in a builder: a frame that is not yet part of the
 * dataset, plus what is needed to finish it.  CSV input (dataset.c) fills
 * a builder row by row; array input (arrays.c) fills one column per call.
 * Both end in edubal__builder_finish(), which runs the table rules
 * (checks.c) and moves the frame into the dataset.
 */
#ifndef EDUBAL_SRC_DATASET_INTERNAL_H
#define EDUBAL_SRC_DATASET_INTERNAL_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <edubal/dataset.h>

#include "../io/number.h"
#include "catalog.h"
#include "dataset.h"

#define EDUBAL__TABLE_KIND_COUNT 5

/* Room for a reason built from a catalog bound or a number. */
#define EDUBAL__WHY_SIZE 160

struct edubal__builder {
	enum edubal_table_kind kind;
	const struct edubal__table_spec *spec;
	struct edubal__frame *frame;
	size_t row_base;    /* spreadsheet row of data index 0: 2 CSV, 1 arrays */
	char *unknown;      /* ignored column names, ", "-separated, or NULL */
};

/* ---- builders (dataset.c) ---- */

/* A builder for rows rows; source NULL means the table's name. */
struct edubal__builder *edubal__builder_new(enum edubal_table_kind kind,
	size_t rows, const char *source, size_t row_base);

void edubal__builder_free(struct edubal__builder *b);

/* Remember an unknown column for the table's note; false on OOM. */
bool edubal__builder_note_unknown(struct edubal__builder *b,
	const char *name);

/*
 * Check the table rules and, when they hold, move the built frame into
 * ds as table b->kind (replacing the old one).  b is freed either way.
 */
edubal_status edubal__builder_finish(edubal_dataset *ds,
	struct edubal__builder *b, edubal_error *err);

/* The slot of the table being built from arrays for kind (arrays.c). */
struct edubal__builder **edubal__dataset_building(edubal_dataset *ds,
	enum edubal_table_kind kind);

/* The finished-table slot of kind (copy.c fills a copy's slots). */
struct edubal__frame **edubal__dataset_slot(edubal_dataset *ds,
	enum edubal_table_kind kind);

/* Drop the finished table of kind and its note. */
void edubal__dataset_drop(edubal_dataset *ds, enum edubal_table_kind kind);

/* ---- frames and columns (frame.c) ---- */

/* A frame of rows rows (and as much capacity), with no columns yet. */
struct edubal__frame *edubal__frame_new(const char *source, size_t rows);

void edubal__frame_free(struct edubal__frame *frame);

/* Make col an all-not-given column with room for rows rows (numeric
 * columns start as int32_t); false on OOM. */
bool edubal__column_init(struct edubal__column *col, const char *name,
	bool is_text, size_t rows);

/* Free what col holds (its text cells belong to the frame's pool). */
void edubal__column_clear(struct edubal__column *col);

/*
 * Store value (NaN: not given) at row of numeric col, which has room for
 * capacity rows: as an int32_t while it fits exactly, else the column is
 * widened to doubles first.  False on OOM, the column unchanged.
 */
bool edubal__column_store_number(struct edubal__column *col, size_t row,
	double value, size_t capacity);

/* Inline: called for every numeric cell of a load; the common case, a
 * whole number in an int column, needs no call. */
static inline bool
edubal__column_set_number(struct edubal__column *col, size_t row,
	double value, size_t capacity)
{
	/* Within (INT32_MIN, INT32_MAX] and whole; 0 may be -0: the slow way. */
	if (col->ints && value > (double) INT32_MIN &&
	    value <= (double) INT32_MAX && value != 0 &&
	    (double) (int32_t) value == value) {
		col->ints[row] = (int32_t) value;
		return true;
	}
	return edubal__column_store_number(col, row, value, capacity);
}

/*
 * Store text without surrounding blanks (blank or NULL: not given) at row
 * of text col, copied into frame's pool; equal to the row above, it shares
 * that row's copy.  False on OOM.
 */
bool edubal__column_set_text(struct edubal__frame *frame,
	struct edubal__column *col, size_t row, const char *text);

/* Record that row is spreadsheet row number in messages (a table kept
 * without blank lines needs no list of them); false on OOM. */
bool edubal__frame_set_row_number(struct edubal__frame *frame, size_t row,
	size_t number);

/* Room for at least rows rows in every column, growing geometrically;
 * false on OOM. */
bool edubal__frame_reserve(struct edubal__frame *frame, size_t rows);

/* Give back the room beyond frame->rows; false on OOM. */
bool edubal__frame_fit(struct edubal__frame *frame);

/*
 * Move col into frame, replacing a column of the same name.  On success
 * col is emptied; on OOM it is left as it was and false is returned.
 */
bool edubal__frame_put(struct edubal__frame *frame,
	struct edubal__column *col);

/* Sort the names of a frame's columns for lookups; false on OOM.  Called
 * once its columns are final (edubal__builder_finish). */
bool edubal__frame_index_names(struct edubal__frame *frame);

/* ---- the string pool of a frame (pool.c) ---- */

/* A NUL-terminated copy of text[0..len) in *pool; NULL on OOM. */
char *edubal__pool_copy(struct edubal__pool_chunk **pool, const char *text,
	size_t len);

/* Free every string of *pool; *pool is empty again. */
void edubal__pool_free(struct edubal__pool_chunk **pool);

/* ---- cells (convert.c) ---- */

/* Start of text without leading blanks; *out_len its length without
 * trailing ones. */
const char *edubal__trim(const char *text, size_t *out_len);

/*
 * Read a text cell of a column stored as a number (everything but ids and
 * names): text, NUL-terminated, is len bytes long (or NULL).  A blank cell
 * gives NaN ("not given").  On failure returns false and writes the
 * reason into why[EDUBAL__WHY_SIZE].
 */
bool edubal__convert_cell_general(struct edubal__number_reader *reader,
	const struct edubal__column_spec *spec, const char *text, size_t len,
	double *out, char *why);

/*
 * Inline: called for every numeric cell of a load.  An empty cell, and a
 * count or amount of 1 to 9 digits within its bound (most cells of an
 * export), need no call; edubal__convert_cell_general gives the same
 * answer for them and decides every other cell.
 */
static inline bool
edubal__convert_cell(struct edubal__number_reader *reader,
	const struct edubal__column_spec *spec, const char *text, size_t len,
	double *out, char *why)
{
	if (len == 0 || !text) {
		*out = NAN;
		return true;
	}
	if ((spec->kind == EDUBAL__VALUE_COUNT ||
	     spec->kind == EDUBAL__VALUE_AMOUNT) && len <= 9) {
		uint32_t v = 0;
		size_t i = 0;
		for (; i < len; i++) {
			unsigned d = (unsigned) (unsigned char) text[i] - '0';
			if (d > 9)
				break;
			v = v * 10 + d;
		}
		if (i == len && (spec->max <= 0 || v <= spec->max)) {
			*out = (double) v;
			return true;
		}
	}
	return edubal__convert_cell_general(reader, spec, text, len, out, why);
}

/*
 * Check a finite number against its column: sign, whole number, range and
 * plausibility bound.  On failure returns false and fills why.
 */
bool edubal__check_value(const struct edubal__column_spec *spec,
	double value, char *why);

/* A number as messages show it: shortest of %.15g / %.17g that reads back. */
void edubal__format_number(double value, char *buf, size_t size);

/* ---- table rules (checks.c) ---- */

/*
 * Required columns and cells, the sections of each school type, counts
 * within their limits and unique ids.  Reports the first failure.
 */
edubal_status edubal__check_frame(const struct edubal__builder *b,
	edubal_error *err);

#endif /* EDUBAL_SRC_DATASET_INTERNAL_H */
