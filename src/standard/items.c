/*
 * src/standard/items.c - a profile's county items: conditions and the
 * small expressions (quantities) they compare.
 *
 * Layout of a quantity (src/standard/standard.h): sum and ratio keep their
 * operands in args; ceil_div keeps its dividend in args[0] (arg_count 1)
 * and its divisor in number; by_section and by_type keep their table in
 * table/in_table, indexed by the section or type enum, and the optional
 * "default" in fallback/has_fallback.  The aggregates keep their table in
 * `of` and their row filters in where/where_count (none: NULL, 0); total
 * and min_change keep the quantity they read per row in args[0]
 * (arg_count 1), count has no args.
 *
 * Layout of a condition: a flag condition has left, right and op zeroed
 * (EDUBAL__Q_NUMBER 0, "<=").  An "in" condition has op EDUBAL__IN, a
 * column in left (EDUBAL__Q_COLUMN), right zeroed, and its set in set,
 * set_words and set_count (at least one entry; enum words already mapped
 * to their numbers by edubal__enum_word_value).
 *
 * Where a quantity may stand: an aggregate reads rows of another table, so
 * it is allowed only in a county-scope item and never inside another
 * aggregate; inside one, columns are those of the aggregate's table.
 */
#include <stdlib.h>
#include <string.h>

#include "profile.h"

/* Where a quantity or condition is read. */
struct place {
	enum edubal__scope scope; /* the item's scope */
	const char *rows;         /* inside an aggregate: its table, else NULL */
};

static edubal_status quantity(struct edubal__profile_ctx *ctx,
	const json_t *value, const struct place *at,
	struct edubal__quantity *q);

static edubal_status condition_list(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, bool required,
	const struct place *at, struct edubal__condition **out, size_t *count);

static edubal_status
no_memory(const struct edubal__profile_ctx *ctx)
{
	return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
}

static void free_conditions(struct edubal__condition *list, size_t count);

static void
free_quantity(struct edubal__quantity *q)
{
	for (size_t i = 0; i < q->arg_count; i++)
		free_quantity(&q->args[i]);
	free(q->args);
	free(q->column);
	free_conditions(q->where, q->where_count);
}

static void
free_conditions(struct edubal__condition *list, size_t count)
{
	for (size_t i = 0; i < count; i++) {
		struct edubal__condition *c = &list[i];
		free(c->flag);
		free_quantity(&c->left);
		free_quantity(&c->right);
		for (size_t j = 0; j < c->set_count; j++)
			free(c->set_words[j]);
		free(c->set_words);
		free(c->set);
	}
	free(list);
}

static void
free_item(struct edubal__item *item)
{
	free_conditions(item->conditions, item->condition_count);
	free_conditions(item->when, item->when_count);
	free_quantity(&item->value);
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
	"sum", "ratio", "ceil_div", "by_section", "by_type", "total", "count",
	"min_change", NULL
};

static const char *const q_expected = "expected a number, a column name "
	"or an object with one of sum, ratio, ceil_div, by_section, by_type, "
	"total, count, min_change";

static const char *const table_expected = "expected a table: schools, "
	"classes, kindergartens, funding";

static bool
is_op(const char *op, const char *word)
{
	return strcmp(op, word) == 0;
}

static bool
is_aggregate(const char *op)
{
	return is_op(op, "total") || is_op(op, "count") ||
	       is_op(op, "min_change");
}

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
	const struct place *at, struct edubal__quantity *q)
{
	q->args = calloc(n, sizeof *q->args);
	if (!q->args)
		return no_memory(ctx);
	q->arg_count = n;
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		st = quantity(ctx, json_array_get(array, i), at, &q->args[i]);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
sum(struct edubal__profile_ctx *ctx, const json_t *value,
	const struct place *at, struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_SUM;
	if (!json_is_array(value) || json_array_size(value) == 0)
		return edubal__profile_fail(ctx,
			"must be a non-empty array of quantities");
	return operands(ctx, value, json_array_size(value), at, q);
}

static edubal_status
ratio(struct edubal__profile_ctx *ctx, const json_t *value,
	const struct place *at, struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_RATIO;
	if (!json_is_array(value) || json_array_size(value) != 2)
		return edubal__profile_fail(ctx,
			"must be [numerator, denominator]");
	return operands(ctx, value, 2, at, q);
}

static edubal_status
ceil_div(struct edubal__profile_ctx *ctx, const json_t *value,
	const struct place *at, struct edubal__quantity *q)
{
	q->kind = EDUBAL__Q_CEIL_DIV;
	if (!json_is_array(value) || json_array_size(value) != 2)
		return edubal__profile_fail(ctx, "must be [quantity, divisor] "
			"with a number divisor > 0");
	edubal_status st = operands(ctx, value, 1, at, q);
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
	bool by_type = is_op(op, "by_type");
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

/* The table word at member key of obj (the path is at obj). */
static edubal_status
table_word(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, enum edubal_table_kind *kind, const char **word)
{
	const json_t *value = json_object_get(obj, key);
	*word = json_string_value(value);
	if (*word && edubal__profile_table_parse(*word, kind))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st;
	if (*word)
		st = edubal__profile_fail(ctx, "unknown table \"%s\" (%s)",
			*word, table_expected);
	else
		st = edubal__profile_fail(ctx, "%s: %s", value ? "must be a "
			"string" : "missing", table_expected);
	edubal__profile_pop(ctx, old);
	return st;
}

/* Whether an aggregate may stand here; fails with the reason if not. */
static edubal_status
aggregate_allowed(struct edubal__profile_ctx *ctx, const char *op,
	const struct place *at)
{
	if (at->rows)
		return edubal__profile_fail(ctx, "%s cannot stand inside "
			"another total, count or min_change (it would read the "
			"rows of %s row by row)", op, at->rows);
	if (at->scope != EDUBAL__SCOPE_COUNTY)
		return edubal__profile_fail(ctx, "%s is a county figure: "
			"total, count and min_change are allowed only in items "
			"of scope \"county\"", op);
	return EDUBAL_OK;
}

/* {"total": Q, "of": T, "where": [...]}, {"count": T, "where": [...]},
 * {"min_change": Q, "of": T, "where": [...]}. */
static edubal_status
aggregate(struct edubal__profile_ctx *ctx, const json_t *obj, const char *op,
	const struct place *at, struct edubal__quantity *q)
{
	bool count = is_op(op, "count");
	q->kind = count ? EDUBAL__Q_COUNT : is_op(op, "total")
		? EDUBAL__Q_TOTAL : EDUBAL__Q_MIN_CHANGE;
	edubal_status st = aggregate_allowed(ctx, op, at);
	struct place rows = { at->scope, NULL };
	if (st == EDUBAL_OK)
		st = table_word(ctx, obj, count ? "count" : "of", &q->of,
			&rows.rows);
	if (st == EDUBAL_OK && !count) {
		q->args = calloc(1, sizeof *q->args);
		if (!q->args)
			return no_memory(ctx);
		q->arg_count = 1;
		size_t old = edubal__profile_push_key(ctx, op);
		st = quantity(ctx, json_object_get(obj, op), &rows, q->args);
		edubal__profile_pop(ctx, old);
	}
	if (st == EDUBAL_OK)
		st = condition_list(ctx, obj, "where", false, &rows, &q->where,
			&q->where_count);
	return st;
}

/* The members that go with the operator op, besides op itself. */
static edubal_status
companions(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *op)
{
	bool by = strncmp(op, "by_", 3) == 0;
	bool of = is_op(op, "total") || is_op(op, "min_change");
	if (json_object_get(obj, "default") && !by)
		return edubal__profile_fail(ctx,
			"\"default\" goes only with by_section or by_type");
	if (json_object_get(obj, "of") && !of)
		return edubal__profile_fail(ctx, "\"of\" goes only with total "
			"or min_change (count names its table itself)");
	if (json_object_get(obj, "where") && !is_aggregate(op))
		return edubal__profile_fail(ctx, "\"where\" goes only with "
			"total, count or min_change");
	return EDUBAL_OK;
}

/* The one operator of a quantity object. */
static edubal_status
operator_of(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char **op)
{
	static const char *const fields[] = {
		"sum", "ratio", "ceil_div", "by_section", "by_type", "total",
		"count", "min_change", "default", "of", "where", NULL
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
			"of sum, ratio, ceil_div, by_section, by_type, total, "
			"count, min_change" : q_expected);
	if (st == EDUBAL_OK)
		st = companions(ctx, obj, *op);
	return st;
}

static edubal_status
expression(struct edubal__profile_ctx *ctx, const json_t *obj,
	const struct place *at, struct edubal__quantity *q)
{
	const char *op = NULL;
	edubal_status st = operator_of(ctx, obj, &op);
	if (st != EDUBAL_OK)
		return st;
	if (strncmp(op, "by_", 3) == 0)
		return table(ctx, obj, op, q);
	if (is_aggregate(op))
		return aggregate(ctx, obj, op, at, q);
	size_t old = edubal__profile_push_key(ctx, op);
	const json_t *value = json_object_get(obj, op);
	if (is_op(op, "sum"))
		st = sum(ctx, value, at, q);
	else if (is_op(op, "ratio"))
		st = ratio(ctx, value, at, q);
	else
		st = ceil_div(ctx, value, at, q);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
quantity(struct edubal__profile_ctx *ctx, const json_t *value,
	const struct place *at, struct edubal__quantity *q)
{
	if (json_is_number(value)) {
		q->kind = EDUBAL__Q_NUMBER;
		return edubal__profile_number_value(ctx, value,
			EDUBAL__RANGE_ANY, &q->number);
	}
	if (json_is_string(value))
		return column(ctx, json_string_value(value), q);
	if (json_is_object(value))
		return expression(ctx, value, at, q);
	return edubal__profile_fail(ctx, "%s", q_expected);
}

/* Member key of obj as a quantity (required). */
static edubal_status
side(struct edubal__profile_ctx *ctx, const json_t *obj, const char *key,
	const struct place *at, struct edubal__quantity *q)
{
	const json_t *value = json_object_get(obj, key);
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = value ? quantity(ctx, value, at, q)
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

/* One entry of an "in" set: a word of the column, or a number. */
static edubal_status
set_entry(struct edubal__profile_ctx *ctx, const char *column,
	const json_t *value, double *number, char **word)
{
	char buf[40];
	const char *text = json_string_value(value);
	if (json_is_number(value)) {
		edubal_status st = edubal__profile_number_value(ctx, value,
			EDUBAL__RANGE_ANY, number);
		if (st != EDUBAL_OK)
			return st;
		text = edubal__profile_number_text(*number, buf, sizeof buf);
	} else if (!text) {
		return edubal__profile_fail(ctx, "must be a word or a number");
	} else if (!edubal__enum_word_value(column, text, number)) {
		return edubal__profile_fail(ctx, "unknown value \"%s\" of "
			"column \"%s\" (\"in\" takes the words an enumerated "
			"column such as type, section or ownership accepts, "
			"or numbers)", text, column);
	}
	*word = strdup(text);
	return *word ? EDUBAL_OK : no_memory(ctx);
}

/* {"left": COLUMN, "op": "in", "right": [word or number, ...]} */
static edubal_status
in_set(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__condition *c)
{
	const json_t *left = json_object_get(obj, "left");
	const json_t *right = json_object_get(obj, "right");
	c->op = EDUBAL__IN;
	size_t old = edubal__profile_push_key(ctx, "left");
	edubal_status st = json_is_string(left)
		? column(ctx, json_string_value(left), &c->left)
		: edubal__profile_fail(ctx, "%s: with op \"in\", left is a "
			"column name", left ? "must be a column name"
			: "missing");
	edubal__profile_pop(ctx, old);
	if (st != EDUBAL_OK)
		return st;
	old = edubal__profile_push_key(ctx, "right");
	size_t n = json_array_size(right);
	if (!json_is_array(right) || n == 0)
		st = edubal__profile_fail(ctx, "%s a non-empty array of words "
			"or numbers (with op \"in\")", right ? "must be"
			: "missing: expected");
	else if (!(c->set = calloc(n, sizeof *c->set)) ||
	         !(c->set_words = calloc(n, sizeof *c->set_words)))
		st = no_memory(ctx);
	else
		c->set_count = n;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t at = edubal__profile_push_index(ctx, i);
		st = set_entry(ctx, c->left.column, json_array_get(right, i),
			&c->set[i], &c->set_words[i]);
		edubal__profile_pop(ctx, at);
	}
	edubal__profile_pop(ctx, old);
	return st;
}

/* The op of a comparison: a comparator, or "in" (*in set). */
static edubal_status
condition_op(struct edubal__profile_ctx *ctx, const json_t *obj,
	enum edubal__cmp *op, bool *in)
{
	const json_t *value = json_object_get(obj, "op");
	const char *word = json_string_value(value);
	*in = word && strcmp(word, "in") == 0;
	if (*in || (word && edubal__profile_cmp_parse(word, op)))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, "op");
	edubal_status st;
	if (word)
		st = edubal__profile_fail(ctx, "unknown comparator \"%s\" "
			"(expected <=, <, >=, >, ==, in)", word);
	else
		st = edubal__profile_fail(ctx, "%s one of <=, <, >=, >, ==, in",
			value ? "must be" : "missing: expected");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
comparison(struct edubal__profile_ctx *ctx, const json_t *obj,
	const struct place *at, struct edubal__condition *c)
{
	if (json_object_get(obj, "expect"))
		return edubal__profile_fail(ctx,
			"\"expect\" goes only with \"flag\"");
	bool in = false;
	edubal_status st = condition_op(ctx, obj, &c->op, &in);
	if (st == EDUBAL_OK && in)
		return in_set(ctx, obj, c);
	if (st == EDUBAL_OK)
		st = side(ctx, obj, "left", at, &c->left);
	if (st == EDUBAL_OK)
		st = side(ctx, obj, "right", at, &c->right);
	return st;
}

static edubal_status
condition(struct edubal__profile_ctx *ctx, const json_t *obj,
	const struct place *at, struct edubal__condition *c)
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
	return has_flag ? flag(ctx, obj, c) : comparison(ctx, obj, at, c);
}

/*
 * Member key of obj: an array of conditions into *out and *count.  When
 * required it must be a non-empty array; otherwise a missing member,
 * null or [] gives none.
 */
static edubal_status
condition_list(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, bool required, const struct place *at,
	struct edubal__condition **out, size_t *count)
{
	const json_t *array = json_object_get(obj, key);
	if (!required && (!array || json_is_null(array)))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	size_t n = json_array_size(array);
	edubal_status st = EDUBAL_OK;
	if (!json_is_array(array) || (required && n == 0))
		st = edubal__profile_fail(ctx, "%s %s of conditions",
			array ? "must be" : "missing: expected",
			required ? "a non-empty array" : "an array");
	else if (n > 0 && !(*out = calloc(n, sizeof **out)))
		st = no_memory(ctx);
	else
		*count = n;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t at_i = edubal__profile_push_index(ctx, i);
		st = condition(ctx, json_array_get(array, i), at, &(*out)[i]);
		edubal__profile_pop(ctx, at_i);
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

/* "value": Q (null: none); a statistic must have one. */
static edubal_status
value(struct edubal__profile_ctx *ctx, const json_t *obj,
	const struct place *at, struct edubal__item *item)
{
	const json_t *v = json_object_get(obj, "value");
	if (v && !json_is_null(v)) {
		item->has_value = true;
		return side(ctx, obj, "value", at, &item->value);
	}
	if (item->judged)
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, "value");
	edubal_status st = edubal__profile_fail(ctx, "missing: a statistic "
		"(\"judged\": false) needs a value: a number, a column name "
		"or a quantity object");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
item_fields(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__item *item)
{
	static const char *const fields[] = {
		"key", "part", "name", "scope", "judged", "when", "all",
		"value", NULL
	};
	const bool yes = true;
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
		st = edubal__profile_bool(ctx, obj, "judged", &yes,
			&item->judged);
	struct place at = { item->scope, NULL };
	if (st == EDUBAL_OK)
		st = condition_list(ctx, obj, "when", false, &at, &item->when,
			&item->when_count);
	if (st == EDUBAL_OK)
		st = condition_list(ctx, obj, "all", item->judged, &at,
			&item->conditions, &item->condition_count);
	if (st == EDUBAL_OK)
		st = value(ctx, obj, &at, item);
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
