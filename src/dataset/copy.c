/*
 * src/dataset/copy.c - a deep copy of a dataset and in-place additions to
 * its numeric cells, for the planner (SPEC §7.7), which re-evaluates a
 * county with its planned additions applied.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool
copy_column(struct edubal__column *to, const struct edubal__column *from,
	size_t rows)
{
	if (!edubal__column_init(to, from->name, from->is_text, rows))
		return false;
	for (size_t r = 0; r < rows; r++) {
		if (!from->is_text) {
			to->numbers[r] = from->numbers[r];
		} else if (from->texts[r]) {
			to->texts[r] = strdup(from->texts[r]);
			if (!to->texts[r])
				return false;
		}
	}
	return true;
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
		bool ok = copy_column(&col, &from->columns[c], from->rows);
		if (!ok || !edubal__frame_put(f, &col)) {
			edubal__column_clear(&col, from->rows);
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
	if (!col || col->is_text || row >= f->rows || isnan(col->numbers[row]))
		return false;
	col->numbers[row] += delta;
	return true;
}
