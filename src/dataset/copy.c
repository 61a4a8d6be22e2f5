/*
 * src/dataset/copy.c - a deep copy of a dataset and in-place additions to
 * its numeric cells, for the planner (SPEC §7.7), which re-evaluates a
 * county with its planned additions applied.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A copy of n elements of size bytes at from (NULL from: none needed). */
static bool
copy_array(void **to, const void *from, size_t n, size_t size)
{
	if (!from)
		return true;
	*to = malloc((n ? n : 1) * size);
	if (!*to)
		return false;
	memcpy(*to, from, n * size);
	return true;
}

/* Column from of a frame of rows rows into to of frame f; text cells go to
 * f's pool, a copy shared by equal neighbours staying shared. */
static bool
copy_column(struct edubal__frame *f, struct edubal__column *to,
	const struct edubal__column *from, size_t rows)
{
	memset(to, 0, sizeof *to);
	to->is_text = from->is_text;
	to->name = strdup(from->name);
	if (!to->name ||
	    !copy_array((void **) &to->ints, from->ints, rows, sizeof *to->ints) ||
	    !copy_array((void **) &to->numbers, from->numbers, rows,
	                sizeof *to->numbers))
		return false;
	if (!from->is_text)
		return true;
	to->texts = malloc((rows ? rows : 1) * sizeof *to->texts);
	for (size_t r = 0; to->texts && r < rows; r++) {
		if (!from->texts[r])
			to->texts[r] = NULL;
		else if (r > 0 && from->texts[r] == from->texts[r - 1])
			to->texts[r] = to->texts[r - 1];
		else if (!(to->texts[r] = edubal__pool_copy(&f->pool,
		                             from->texts[r], strlen(from->texts[r]))))
			return false;
	}
	return to->texts != NULL;
}

static struct edubal__frame *
copy_frame(const struct edubal__frame *from)
{
	struct edubal__frame *f = edubal__frame_new(from->source, from->rows);
	if (!f)
		return NULL;
	f->row_base = from->row_base;
	f->present = from->present;
	if (from->row_numbers) {
		f->row_numbers = malloc((from->rows ? from->rows : 1) *
			sizeof *f->row_numbers);
		if (!f->row_numbers)
			goto fail;
		memcpy(f->row_numbers, from->row_numbers,
			from->rows * sizeof *f->row_numbers);
	}
	for (size_t c = 0; c < from->column_count; c++) {
		struct edubal__column col;
		bool ok = copy_column(f, &col, &from->columns[c], from->rows);
		if (!ok || !edubal__frame_put(f, &col)) {
			edubal__column_clear(&col);
			goto fail;
		}
	}
	if (edubal__frame_index_names(f))
		return f;
fail:
	edubal__frame_free(f);
	return NULL;
}

edubal_status
edubal__dataset_copy(const edubal_dataset *ds, edubal_dataset **out)
{
	edubal_dataset *copy = edubal_dataset_new();
	if (!copy)
		return EDUBAL_ENOMEM;
	for (int k = 0; k < EDUBAL__TABLE_KIND_COUNT; k++) {
		const struct edubal__frame *from = edubal__dataset_frame(ds,
			(enum edubal_table_kind) k);
		if (!from)
			continue;
		struct edubal__frame *f = copy_frame(from);
		if (!f) {
			edubal_dataset_free(copy);
			return EDUBAL_ENOMEM;
		}
		*edubal__dataset_slot(copy, (enum edubal_table_kind) k) = f;
	}
	*out = copy;
	return EDUBAL_OK;
}

bool
edubal__dataset_add_number(edubal_dataset *ds, enum edubal_table_kind kind,
	size_t row, const char *column, double delta)
{
	struct edubal__frame *f = *edubal__dataset_slot(ds, kind);
	struct edubal__column *col = (struct edubal__column *)
		edubal__frame_column(f, column);
	if (!col || col->is_text || row >= f->rows)
		return false;
	double value = edubal__cell_number(col, row);
	return !isnan(value) &&
	       edubal__column_set_number(col, row, value + delta, f->capacity);
}
