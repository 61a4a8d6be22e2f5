/*
 * src/dataset/frame.c - frames: a table held column by column.
 *
 * Numeric columns are arrays of doubles with NaN for "not given"; text
 * columns are arrays of separately allocated strings, NULL for "not
 * given".  A frame owns its columns and their names.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct edubal__frame *
edubal__frame_new(const char *source, size_t rows)
{
	struct edubal__frame *frame = calloc(1, sizeof *frame);
	if (!frame)
		return NULL;
	frame->source = strdup(source);
	if (!frame->source) {
		free(frame);
		return NULL;
	}
	frame->rows = rows;
	return frame;
}

void
edubal__column_clear(struct edubal__column *col, size_t rows)
{
	if (col->texts) {
		for (size_t i = 0; i < rows; i++)
			free(col->texts[i]);
	}
	free(col->texts);
	free(col->numbers);
	free(col->name);
	memset(col, 0, sizeof *col);
}

void
edubal__frame_free(struct edubal__frame *frame)
{
	if (!frame)
		return;
	for (size_t c = 0; c < frame->column_count; c++)
		edubal__column_clear(&frame->columns[c], frame->rows);
	free(frame->columns);
	free(frame->by_name);
	free(frame->source);
	free(frame->row_numbers);
	free(frame);
}

size_t
edubal__frame_row_number(const struct edubal__frame *frame, size_t row)
{
	return frame->row_numbers ? frame->row_numbers[row]
	                          : row + frame->row_base;
}

/* calloc that still returns a pointer for zero elements. */
static void *
alloc_array(size_t n, size_t size)
{
	return calloc(n ? n : 1, size);
}

bool
edubal__column_init(struct edubal__column *col, const char *name,
	bool is_text, size_t rows)
{
	memset(col, 0, sizeof *col);
	col->is_text = is_text;
	col->name = strdup(name);
	if (is_text)
		col->texts = alloc_array(rows, sizeof *col->texts);
	else
		col->numbers = alloc_array(rows, sizeof *col->numbers);
	if (!col->name || (!col->texts && !col->numbers)) {
		edubal__column_clear(col, 0);
		return false;
	}
	for (size_t i = 0; !is_text && i < rows; i++)
		col->numbers[i] = NAN;
	return true;
}

/* Index of the column called name, or column_count if there is none. */
static size_t
column_index(const struct edubal__frame *frame, const char *name)
{
	size_t c = 0;
	while (c < frame->column_count && strcmp(frame->columns[c].name, name))
		c++;
	return c;
}

bool
edubal__frame_put(struct edubal__frame *frame, struct edubal__column *col)
{
	size_t c = column_index(frame, col->name);
	if (c == frame->column_count) {
		struct edubal__column *grown = realloc(frame->columns,
			(frame->column_count + 1) * sizeof *grown);
		if (!grown)
			return false;
		frame->columns = grown;
		frame->column_count++;
	} else {
		edubal__column_clear(&frame->columns[c], frame->rows);
	}
	frame->columns[c] = *col;
	memset(col, 0, sizeof *col);
	return true;
}

static int
compare_names(const void *a, const void *b)
{
	const struct edubal__column *const *x = a, *const *y = b;
	return strcmp((*x)->name, (*y)->name);
}

bool
edubal__frame_index_names(struct edubal__frame *frame)
{
	size_t n = frame->column_count;
	const struct edubal__column **by_name = malloc((n ? n : 1) *
		sizeof *by_name);
	if (!by_name)
		return false;
	for (size_t c = 0; c < n; c++)
		by_name[c] = &frame->columns[c];
	qsort(by_name, n, sizeof *by_name, compare_names);
	free(frame->by_name);
	frame->by_name = by_name;
	return true;
}

/* Binary search of the sorted names (names are unique: edubal__frame_put). */
static const struct edubal__column *
find_sorted(const struct edubal__frame *frame, const char *name)
{
	size_t lo = 0, hi = frame->column_count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(frame->by_name[mid]->name, name);
		if (c == 0)
			return frame->by_name[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const struct edubal__column *
edubal__frame_column(const struct edubal__frame *frame, const char *name)
{
	if (!frame || !name)
		return NULL;
	if (frame->by_name)
		return find_sorted(frame, name);
	size_t c = column_index(frame, name);
	return c < frame->column_count ? &frame->columns[c] : NULL;
}

