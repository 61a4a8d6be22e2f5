/*
 * src/standard/items.c - a profile's county items: conditions and the
 * small expressions (quantities) they compare.
 *
 * Layout of a quantity (src/standard/standard.h): sum and ratio keep their
 * operands in args; ceil_div keeps its dividend in args[0] (arg_count 1)
 * and its divisor in number; by_section and by_type keep their table in
 * table/in_table, indexed by the section or type enum, and the optional
 * "default" in fallback/has_fallback.  A flag condition has left, right
 * and op zeroed (EDUBAL__Q_NUMBER 0, "<=").
 */
#include <stdlib.h>
#include <string.h>

#include "profile.h"

static edubal_status quantity(struct edubal__profile_ctx *ctx,
	const json_t *value, struct edubal__quantity *q);

static edubal_status
no_memory(const struct edubal__profile_ctx *ctx)
{
	return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
}

static void
free_quantity(struct edubal__quantity *q)
{
	for (size_t i = 0; i < q->arg_count; i++)
		free_quantity(&q->args[i]);
	free(q->args);
	free(q->column);
}

static void
free_item(struct edubal__item *item)
{
	for (size_t i = 0; i < item->condition_count; i++) {
		struct edubal__condition *c = &item->conditions[i];
		free(c->flag);
		free_quantity(&c->left);
		free_quantity(&c->right);
	}
	free(item->conditions);
	free(item->key);
	free(item->part);
	free(item->name_zh);
	free(item->name_en);
}

void
edubal__profile_free_items(struct edubal__item *items, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free_item(&items[i]);
	free(items);
}

/* ---- quantities ---- */

static const char *const operators[] = {
	"sum", "ratio", "ceil_div", "by_section", "by_type", NULL
};

static const char *const q_expected = "expected a number, a column name "
	"or an object with one of sum, ratio, ceil_div, by_section, by_type";

static edubal_status
column(struct edubal__profile_ctx *ctx, const char *name,
	struct edubal__quantity *q)
{
	if (!edubal__profile_name_ok(name))
		return edubal__profile_fail(ctx, "\"%s\" is not a column name "
			"(letters, digits and _)", name);
	q->kind = EDUBAL__Q_COLUMN;
	q->column = strdup(name);
	return q->column ? EDUBAL_OK : no_memory(ctx);
}

/* Quantities args[0..n) from the first n elements of array. */
static edubal_status
operands(struct edubal__profile_ctx *ctx, const json_t *array, size_t n,
	struct edubal__quantity *q)
{
	q->args = calloc(n, sizeof *q->args);
	if (!q->args)
		return no_memory(ctx);
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		st = quantity(ctx, json_array_get(array, i), &q->args[i]);
		q->arg_count = i + 1;
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
sum(struct edubal__profile_ctx *ctx, const json_t *value,
	struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_SUM;
	if (!json_is_array(value) || json_array_size(value) == 0)
		return edubal__profile_fail(ctx,
			"must be a non-empty array of quantities");
	return operands(ctx, value, json_array_size(value), q);
}

static edubal_status
ratio(struct edubal__profile_ctx *ctx, const json_t *value,
	struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_RATIO;
	if (!json_is_array(value) || json_array_size(value) != 2)
		return edubal__profile_fail(ctx,
			"must be [numerator, denominator]");
	return operands(ctx, value, 2, q);
}

static edubal_status
ceil_div(struct edubal__profile_ctx *ctx, const json_t *value,
	struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_CEIL_DIV;
	if (!json_is_array(value) || json_array_size(value) != 2)
		return edubal__profile_fail(ctx, "must be [quantity, divisor] "
			"with a number divisor > 0");
	edubal_status st = operands(ctx, value, 1, q);
	if (st != EDUBAL_OK)
		return st;
	size_t old = edubal__profile_push_index(ctx, 1);
	st = edubal__profile_number_value(ctx, json_array_get(value, 1),
		EDUBAL__RANGE_POSITIVE, &q->number);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
table(struct edubal__profile_ctx *ctx, const json_t *obj, const char *op,
	struct edubal__quantity *q)
{
	bool by_type = strcmp(op, "by_type") == 0;
	q->kind = by_type ? EDUBAL__Q_BY_TYPE : EDUBAL__Q_BY_SECTION;
	size_t old = edubal__profile_push_key(ctx, op);
	edubal_status st = edubal__profile_table(ctx, json_object_get(obj, op),
		by_type, EDUBAL__RANGE_ANY, q->table, q->in_table);
	edubal__profile_pop(ctx, old);
	if (st != EDUBAL_OK || !json_object_get(obj, "default"))
		return st;
	q->has_fallback = true;
	return edubal__profile_number(ctx, obj, "default", EDUBAL__RANGE_ANY,
		NULL, &q->fallback);
}

/* The one operator of a quantity object. */
static edubal_status
operator_of(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char **op)
{
	static const char *const fields[] = {
		"sum", "ratio", "ceil_div", "by_section", "by_type", "default",
		NULL
	};
	edubal_status st = edubal__profile_check_fields(ctx, obj, fields);
	size_t count = 0;
	for (size_t i = 0; operators[i]; i++)
		if (json_object_get(obj, operators[i])) {
			*op = operators[i];
			count++;
		}
	if (st == EDUBAL_OK && count != 1)
		st = edubal__profile_fail(ctx, "%s", count ? "give only one "
			"of sum, ratio, ceil_div, by_section, by_type"
			: q_expected);
	if (st == EDUBAL_OK && json_object_get(obj, "default") &&
	    strncmp(*op, "by_", 3) != 0)
		st = edubal__profile_fail(ctx,
			"\"default\" goes only with by_section or by_type");
	return st;
}

static edubal_status
expression(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__quantity *q)
{
	const char *op = NULL;
	edubal_status st = operator_of(ctx, obj, &op);
	if (st != EDUBAL_OK)
		return st;
	if (strncmp(op, "by_", 3) == 0)
		return table(ctx, obj, op, q);
	size_t old = edubal__profile_push_key(ctx, op);
	const json_t *value = json_object_get(obj, op);
	if (strcmp(op, "sum") == 0)
		st = sum(ctx, value, q);
	else if (strcmp(op, "ratio") == 0)
		st = ratio(ctx, value, q);
	else
		st = ceil_div(ctx, value, q);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
quantity(struct edubal__profile_ctx *ctx, const json_t *value,
	struct edubal__quantity *q)
{
	if (json_is_number(value)) {
		q->kind = EDUBAL__Q_NUMBER;
		return edubal__profile_number_value(ctx, value,
			EDUBAL__RANGE_ANY, &q->number);
	}
	if (json_is_string(value))
		return column(ctx, json_string_value(value), q);
	if (json_is_object(value))
		return expression(ctx, value, q);
	return edubal__profile_fail(ctx, "%s", q_expected);
}

/* Member key of obj as a quantity (required). */
static edubal_status
side(struct edubal__profile_ctx *ctx, const json_t *obj, const char *key,
	struct edubal__quantity *q)
{
	const json_t *value = json_object_get(obj, key);
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = value ? quantity(ctx, value, q)
		: edubal__profile_fail(ctx, "missing: %s", q_expected);
	edubal__profile_pop(ctx, old);
	return st;
}

/* ---- conditions ---- */

static edubal_status
flag(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__condition *c)
{
	const bool yes = true;
	edubal_status st = edubal__profile_string(ctx, obj, "flag", NULL,
		&c->flag);
	if (st == EDUBAL_OK && !edubal__profile_name_ok(c->flag)) {
		size_t old = edubal__profile_push_key(ctx, "flag");
		st = edubal__profile_fail(ctx, "\"%s\" is not a column name",
			c->flag);
		edubal__profile_pop(ctx, old);
	}
	if (st == EDUBAL_OK)
		st = edubal__profile_bool(ctx, obj, "expect", &yes, &c->expect);
	return st;
}

static edubal_status
comparison(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__condition *c)
{
	if (json_object_get(obj, "expect"))
		return edubal__profile_fail(ctx,
			"\"expect\" goes only with \"flag\"");
	edubal_status st = side(ctx, obj, "left", &c->left);
	if (st == EDUBAL_OK)
		st = edubal__profile_cmp(ctx, obj, "op", NULL, &c->op);
	if (st == EDUBAL_OK)
		st = side(ctx, obj, "right", &c->right);
	return st;
}

static edubal_status
condition(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__condition *c)
{
	static const char *const fields[] = {
		"flag", "expect", "left", "op", "right", NULL
	};
	edubal_status st = edubal__profile_want_object(ctx, obj);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, obj, fields);
	if (st != EDUBAL_OK)
		return st;
	bool has_flag = json_object_get(obj, "flag") != NULL;
	bool has_cmp = json_object_get(obj, "left") ||
	               json_object_get(obj, "op") ||
	               json_object_get(obj, "right");
	if (has_flag == has_cmp)
		return edubal__profile_fail(ctx, "give either \"flag\" "
			"(with optional \"expect\") or \"left\", \"op\" and "
			"\"right\"");
	return has_flag ? flag(ctx, obj, c) : comparison(ctx, obj, c);
}

static edubal_status
conditions(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__item *item)
{
	const json_t *all = json_object_get(obj, "all");
	size_t old = edubal__profile_push_key(ctx, "all");
	size_t n = json_array_size(all);
	edubal_status st = EDUBAL_OK;
	if (!json_is_array(all) || n == 0)
		st = edubal__profile_fail(ctx, "%s a non-empty array of "
			"conditions", all ? "must be" : "missing: expected");
	else if (!(item->conditions = calloc(n, sizeof *item->conditions)))
		st = no_memory(ctx);
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t at = edubal__profile_push_index(ctx, i);
		item->condition_count = i + 1;
		st = condition(ctx, json_array_get(all, i),
			&item->conditions[i]);
		edubal__profile_pop(ctx, at);
	}
	edubal__profile_pop(ctx, old);
	return st;
}

/* ---- items ---- */

static edubal_status
scope(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__item *item)
{
	static const char *const words[] = { "county", "school", "section" };
	const char *word;
	edubal_status st = edubal__profile_word(ctx, obj, "scope", words[0],
		&word);
	for (size_t i = 0; st == EDUBAL_OK && i < 3; i++)
		if (strcmp(word, words[i]) == 0) {
			item->scope = (enum edubal__scope) i;
			return EDUBAL_OK;
		}
	if (st != EDUBAL_OK)
		return st;
	size_t old = edubal__profile_push_key(ctx, "scope");
	st = edubal__profile_fail(ctx, "unknown scope \"%s\" "
		"(expected county, school, section)", word);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
key_and_part(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__item *item)
{
	edubal_status st = edubal__profile_string(ctx, obj, "key", NULL,
		&item->key);
	const char *bad = NULL;
	if (st == EDUBAL_OK && !edubal__profile_name_ok(item->key))
		bad = "key";
	if (st == EDUBAL_OK && !bad)
		st = edubal__profile_string(ctx, obj, "part", NULL,
			&item->part);
	if (st == EDUBAL_OK && !bad && !item->part[0])
		bad = "part";
	if (!bad)
		return st;
	size_t old = edubal__profile_push_key(ctx, bad);
	st = edubal__profile_fail(ctx, "%s", bad[0] == 'k' ? "must be "
		"letters, digits and _, not starting with a digit"
		: "must not be empty");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
item_fields(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__item *item)
{
	static const char *const fields[] = {
		"key", "part", "name", "scope", "all", NULL
	};
	edubal_status st = edubal__profile_want_object(ctx, obj);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, obj, fields);
	if (st == EDUBAL_OK)
		st = key_and_part(ctx, obj, item);
	if (st == EDUBAL_OK)
		st = edubal__profile_names(ctx, obj, item->key, &item->name_zh,
			&item->name_en);
	if (st == EDUBAL_OK)
		st = scope(ctx, obj, item);
	if (st == EDUBAL_OK)
		st = conditions(ctx, obj, item);
	return st;
}

static edubal_status
item(struct edubal__profile_ctx *ctx, const json_t *obj, size_t i,
	edubal_standard *std)
{
	const char *key = json_string_value(json_object_get(obj, "key"));
	size_t old = edubal__profile_push_entry(ctx, "items", key, i);
	struct edubal__item *it = &std->items[i];
	edubal_status st = item_fields(ctx, obj, it);
	for (size_t j = 0; st == EDUBAL_OK && j < i; j++) {
		if (strcmp(std->items[j].key, it->key) != 0)
			continue;
		edubal__profile_push_key(ctx, "key");
		st = edubal__profile_fail(ctx, "duplicate item key \"%s\"",
			it->key);
	}
	edubal__profile_pop(ctx, old);
	return st;
}

edubal_status
edubal__profile_build_items(struct edubal__profile_ctx *ctx,
	const json_t *array, edubal_standard *std)
{
	if (!json_is_array(array))
		return edubal__profile_fail(ctx, "must be an array");
	size_t n = json_array_size(array);
	std->items = calloc(n ? n : 1, sizeof *std->items);
	if (!std->items)
		return no_memory(ctx);
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		std->item_count = i + 1;
		st = item(ctx, json_array_get(array, i), i, std);
	}
	return st;
}
