/*
 * src/dataset/frame.c - frames: a table held column by column.
 *
 * Numeric columns are int32_t while every value is a whole number that
 * fits, doubles otherwise (dataset.h); text columns are pointers into the
 * frame's string pool (pool.c), NULL for "not given".  A frame owns its
 * columns, their names and the pool.  Every column has room for
 * `capacity` rows, so a CSV file read as a stream (dataset.c) can grow
 * its frame row by row and fit it when done.
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
	frame->capacity = rows;
	return frame;
}

void
edubal__column_clear(struct edubal__column *col)
{
	free(col->texts);
	free(col->ints);
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
		edubal__column_clear(&frame->columns[c]);
	free(frame->columns);
	free(frame->by_name);
	free(frame->source);
	free(frame->row_numbers);
	edubal__pool_free(&frame->pool);
	free(frame);
}

size_t
edubal__frame_row_number(const struct edubal__frame *frame, size_t row)
{
	return frame->row_numbers ? frame->row_numbers[row]
	                          : row + frame->row_base;
}

/* Cells from..to of col set to "not given". */
static void
clear_cells(struct edubal__column *col, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		if (col->texts)
			col->texts[i] = NULL;
		else if (col->ints)
			col->ints[i] = EDUBAL__INT_NONE;
		else
			col->numbers[i] = NAN;
	}
}

/* realloc to n elements (at least 1, so that a pointer stays). */
static bool
resize(void **p, size_t n, size_t size)
{
	void *grown = realloc(*p, (n ? n : 1) * size);
	if (!grown)
		return false;
	*p = grown;
	return true;
}

/* Room for rows cells in col, which has room for old; new cells are not
 * given.  False on OOM, col unchanged. */
static bool
column_resize(struct edubal__column *col, size_t old, size_t rows)
{
	bool ok;
	if (col->texts)
		ok = resize((void **) &col->texts, rows, sizeof *col->texts);
	else if (col->ints)
		ok = resize((void **) &col->ints, rows, sizeof *col->ints);
	else
		ok = resize((void **) &col->numbers, rows, sizeof *col->numbers);
	if (ok && rows > old)
		clear_cells(col, old, rows);
	return ok;
}

bool
edubal__column_init(struct edubal__column *col, const char *name,
	bool is_text, size_t rows)
{
	memset(col, 0, sizeof *col);
	col->is_text = is_text;
	col->name = strdup(name);
	if (is_text)
		col->texts = malloc((rows ? rows : 1) * sizeof *col->texts);
	else
		col->ints = malloc((rows ? rows : 1) * sizeof *col->ints);
	if (!col->name || (!col->texts && !col->ints)) {
		edubal__column_clear(col);
		return false;
	}
	clear_cells(col, 0, rows);
	return true;
}

/* Whether value is kept exactly by an int32_t: a whole number in range,
 * not -0 (which would read back as +0) and not the "not given" mark. */
static bool
fits_int(double value)
{
	return value > (double) INT32_MIN && value <= (double) INT32_MAX &&
	       (double) (int32_t) value == value &&
	       !(value == 0 && signbit(value));
}

/* Turn an int column of capacity rows into doubles, values unchanged. */
static bool
widen(struct edubal__column *col, size_t capacity)
{
	double *numbers = malloc((capacity ? capacity : 1) * sizeof *numbers);
	if (!numbers)
		return false;
	for (size_t i = 0; i < capacity; i++)
		numbers[i] = col->ints[i] == EDUBAL__INT_NONE ? NAN
		                                              : (double) col->ints[i];
	free(col->ints);
	col->ints = NULL;
	col->numbers = numbers;
	return true;
}

/* edubal__column_set_number (internal.h) beyond its inline case. */
bool
edubal__column_store_number(struct edubal__column *col, size_t row,
	double value, size_t capacity)
{
	if (col->ints) {
		if (isnan(value)) {
			col->ints[row] = EDUBAL__INT_NONE;
			return true;
		}
		if (fits_int(value)) {
			col->ints[row] = (int32_t) value;
			return true;
		}
		if (!widen(col, capacity))
			return false;
	}
	col->numbers[row] = value;
	return true;
}

bool
edubal__column_set_text(struct edubal__frame *frame,
	struct edubal__column *col, size_t row, const char *text)
{
	size_t len;
	const char *start = edubal__trim(text ? text : "", &len);
	if (len == 0) {
		col->texts[row] = NULL;
		return true;
	}
	/* Ids repeat down a column (a county's id on each of its schools):
	 * a value equal to the row above shares its copy. */
	const char *above = row > 0 ? col->texts[row - 1] : NULL;
	if (above && strncmp(above, start, len) == 0 && above[len] == '\0') {
		col->texts[row] = col->texts[row - 1];
		return true;
	}
	col->texts[row] = edubal__pool_copy(&frame->pool, start, len);
	return col->texts[row] != NULL;
}

bool
edubal__frame_set_row_number(struct edubal__frame *frame, size_t row,
	size_t number)
{
	if (!frame->row_numbers) {
		if (number == row + frame->row_base)
			return true;
		size_t n = frame->capacity;
		frame->row_numbers = malloc((n ? n : 1) * sizeof *frame->row_numbers);
		if (!frame->row_numbers)
			return false;
		for (size_t i = 0; i < row; i++)
			frame->row_numbers[i] = i + frame->row_base;
	}
	frame->row_numbers[row] = number;
	return true;
}

/* Every column (and the row numbers) sized for capacity rows. */
static bool
frame_resize(struct edubal__frame *frame, size_t capacity)
{
	for (size_t c = 0; c < frame->column_count; c++) {
		if (!column_resize(&frame->columns[c], frame->capacity, capacity))
			return false;
	}
	if (frame->row_numbers && !resize((void **) &frame->row_numbers,
	    capacity, sizeof *frame->row_numbers))
		return false;
	frame->capacity = capacity;
	return true;
}

bool
edubal__frame_reserve(struct edubal__frame *frame, size_t rows)
{
	if (rows <= frame->capacity)
		return true;
	size_t capacity = frame->capacity < 1024 ? 1024 : 2 * frame->capacity;
	return frame_resize(frame, capacity > rows ? capacity : rows);
}

bool
edubal__frame_fit(struct edubal__frame *frame)
{
	return frame->capacity == frame->rows ||
	       frame_resize(frame, frame->rows);
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
		edubal__column_clear(&frame->columns[c]);
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
