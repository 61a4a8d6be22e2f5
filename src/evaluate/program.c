/*
 * src/evaluate/program.c - a profile's school rules compiled for one
 * evaluation (see program.h).
 *
 * Each function here mirrors one of the general evaluator's, in the same
 * order of operations, so that the doubles compared are the same bits:
 *   read_column       lookup_number       (quantity.c)
 *   compute_node      edubal__quantity_eval
 *   judge_condition   edubal__condition_judge (condition.c)
 *   judge_batch       judge_in            (items.c)
 *   judge_chunk       judge_school        (items.c)
 */
#include "program.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "condition.h"
#include "lookup.h"

/* Schools judged at once: their values (a dozen nodes, and those kept)
 * stay in cache. */
enum { PROGRAM_CHUNK = 1024 };

/* ---- compiling ---- */

/* Whether a program can evaluate q, and how many nodes it takes. */
static bool
count_nodes(const struct edubal__quantity *q, size_t *count)
{
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
	case EDUBAL__Q_COLUMN:
	case EDUBAL__Q_SUM:
	case EDUBAL__Q_RATIO:
	case EDUBAL__Q_CEIL_DIV:
	case EDUBAL__Q_BY_SECTION:
	case EDUBAL__Q_BY_TYPE:
		break;
	case EDUBAL__Q_TOTAL:
	case EDUBAL__Q_COUNT:
	case EDUBAL__Q_MIN_CHANGE:
	default:
		return false;  /* aggregates read other rows of the county */
	}
	(*count)++;
	for (size_t i = 0; i < q->arg_count; i++)
		if (!count_nodes(&q->args[i], count))
			return false;
	return true;
}

static bool
count_condition(const struct edubal__condition *cond, size_t *count)
{
	if (cond->flag)
		return true;
	if (!count_nodes(&cond->left, count))
		return false;
	return cond->op == EDUBAL__IN || count_nodes(&cond->right, count);
}

static struct edubal__program_column
resolve(const struct edubal__frame *schools, const char *stem, int scope)
{
	struct edubal__lookup l;
	edubal__lookup_miss(NULL, schools, stem, scope, &l);
	struct edubal__program_column c = {l.column, l.name_section,
		l.class_max, {0}};
	for (int t = 0; t < EDUBAL__TYPE_COUNT; t++)
		c.absent[t] = l.name_section >= 0 &&
			!edubal__type_has_section((enum edubal__school_type) t,
				(enum edubal__section) l.name_section) ? 0 : NAN;
	return c;
}

/* Whether two doubles are the same bits (0 and -0 are not). */
static bool
same_bits(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0;
}

/* Whether two by-section or by-type tables give the same thresholds. */
static bool
same_table(const struct edubal__quantity *a, const struct edubal__quantity *b)
{
	if (a->has_fallback != b->has_fallback ||
	    (a->has_fallback && !same_bits(a->fallback, b->fallback)))
		return false;
	for (int t = 0; t < EDUBAL__TYPE_COUNT; t++)
		if (a->in_table[t] != b->in_table[t] ||
		    (a->in_table[t] && !same_bits(a->table[t], b->table[t])))
			return false;
	return true;
}

/* Whether node n has the values of q whose arguments are args (nodes
 * already merged): then every school has the same value in every scope. */
static bool
same_node(const struct edubal__program_node *n,
	const struct edubal__quantity *q,
	const struct edubal__program_node *const *args)
{
	const struct edubal__quantity *m = n->q;
	if (m->kind != q->kind || m->arg_count != q->arg_count)
		return false;
	for (size_t i = 0; i < q->arg_count; i++)
		if (n->args[i] != args[i])
			return false;
	switch (q->kind) {
	case EDUBAL__Q_COLUMN:  /* resolved from the stem alone */
		return strcmp(m->column, q->column) == 0;
	case EDUBAL__Q_NUMBER:
	case EDUBAL__Q_CEIL_DIV:  /* the divisor */
		return same_bits(m->number, q->number);
	case EDUBAL__Q_BY_SECTION:
	case EDUBAL__Q_BY_TYPE:
		return same_table(m, q);
	default:
		return true;  /* a sum or ratio: its arguments */
	}
}

/* The node of q: an equal one already made, or a new one.  Arguments
 * first, so that equal trees are found by comparing argument nodes.  A
 * profile has tens of nodes: a linear search is enough. */
static const struct edubal__program_node *
intern(struct edubal__programs *ps, const struct edubal__quantity *q,
	const struct edubal__frame *schools)
{
	/* Room for every node was counted before merging: a merged node's
	 * argument places stay unused. */
	const struct edubal__program_node **args = &ps->args[ps->arg_count];
	ps->arg_count += q->arg_count;
	for (size_t i = 0; i < q->arg_count; i++)
		args[i] = intern(ps, &q->args[i], schools);
	for (size_t j = 0; j < ps->node_count; j++)
		if (same_node(&ps->nodes[j], q, args))
			return &ps->nodes[j];
	struct edubal__program_node *n = &ps->nodes[ps->node_count++];
	memset(n, 0, sizeof *n);
	n->q = q;
	if (q->kind == EDUBAL__Q_COLUMN)
		for (int s = -1; s < EDUBAL__SECTION_COUNT; s++)
			n->at[s + 1] = resolve(schools, q->column, s);
	n->args = args;
	n->arg_count = q->arg_count;
	n->slot = EDUBAL__PROGRAM_NO_SLOT;
	return n;
}

static void
fill_condition(struct edubal__programs *ps,
	struct edubal__program_condition *pc,
	const struct edubal__condition *cond,
	const struct edubal__frame *schools)
{
	memset(pc, 0, sizeof *pc);
	pc->cond = cond;
	if (cond->flag) {
		pc->flag = resolve(schools, cond->flag, -1);
		return;
	}
	pc->left = intern(ps, &cond->left, schools);
	if (cond->op != EDUBAL__IN)
		pc->right = intern(ps, &cond->right, schools);
}

static void
program_free(struct edubal__program *p)
{
	if (!p)
		return;
	free(p->conditions);
	free(p);
}

/* Whether item can have a program; *nodes += the nodes it takes. */
static bool
count_item(const struct edubal__item *item, size_t *nodes)
{
	size_t n = 0;
	if (item->scope == EDUBAL__SCOPE_COUNTY || !item->judged)
		return false;
	for (size_t i = 0; i < item->when_count; i++)
		if (!count_condition(&item->when[i], &n))
			return false;
	for (size_t i = 0; i < item->condition_count; i++)
		if (!count_condition(&item->conditions[i], &n))
			return false;
	*nodes += n;
	return true;
}

/* The program of item, which count_item() accepts with nodes nodes,
 * in *out. */
static edubal_status
compile_item(struct edubal__programs *ps, const struct edubal__item *item,
	size_t nodes, const struct edubal__frame *schools,
	struct edubal__program **out)
{
	struct edubal__program *p = calloc(1, sizeof *p);
	size_t conditions = item->when_count + item->condition_count;
	if (p)
		p->conditions = calloc(conditions ? conditions : 1,
			sizeof *p->conditions);
	if (!p || !p->conditions) {
		program_free(p);
		return EDUBAL_ENOMEM;
	}
	for (size_t i = 0; i < item->when_count; i++)
		fill_condition(ps, &p->conditions[i], &item->when[i], schools);
	for (size_t i = 0; i < item->condition_count; i++)
		fill_condition(ps, &p->conditions[item->when_count + i],
			&item->conditions[i], schools);
	p->when = p->conditions;
	p->when_count = item->when_count;
	p->all = p->conditions + item->when_count;
	p->all_count = item->condition_count;
	p->depth = nodes + 2;  /* more than any condition's tree needs */
	*out = p;
	return EDUBAL_OK;
}

static void
use(struct edubal__programs *ps, const struct edubal__program_node *n)
{
	if (n)
		ps->nodes[n - ps->nodes].uses++;
}

/* Count who reads each node, and give a slot to each node read more
 * than once whose values are not one number for the whole batch. */
static void
assign_slots(struct edubal__programs *ps)
{
	for (size_t j = 0; j < ps->node_count; j++)
		for (size_t i = 0; i < ps->nodes[j].arg_count; i++)
			use(ps, ps->nodes[j].args[i]);
	for (size_t i = 0; i < ps->count; i++) {
		const struct edubal__program *p = ps->of[i];
		size_t n = p ? p->when_count + p->all_count : 0;
		for (size_t k = 0; k < n; k++) {
			use(ps, p->conditions[k].left);
			use(ps, p->conditions[k].right);
		}
	}
	for (size_t j = 0; j < ps->node_count; j++) {
		struct edubal__program_node *n = &ps->nodes[j];
		if (n->uses > 1 && n->q->kind != EDUBAL__Q_NUMBER &&
		    n->q->kind != EDUBAL__Q_BY_SECTION)
			n->slot = ps->slot_count++;
	}
}

edubal_status
edubal__programs_build(struct edubal__programs *programs,
	const edubal_standard *std, const struct edubal__frame *schools)
{
	memset(programs, 0, sizeof *programs);
	programs->count = std->item_count;
	programs->of = calloc(std->item_count ? std->item_count : 1,
		sizeof *programs->of);
	programs->failing = calloc(std->item_count ? std->item_count : 1,
		sizeof *programs->failing);
	if (!programs->of || !programs->failing)
		return EDUBAL_ENOMEM;
	size_t nodes = 0;
	for (size_t i = 0; schools && i < std->item_count; i++)
		count_item(&std->items[i], &nodes);
	programs->nodes = calloc(nodes ? nodes : 1, sizeof *programs->nodes);
	programs->args = calloc(nodes ? nodes : 1, sizeof *programs->args);
	if (!programs->nodes || !programs->args)
		return EDUBAL_ENOMEM;
	for (size_t i = 0; schools && i < std->item_count; i++) {
		size_t n = 0;
		if (!count_item(&std->items[i], &n))
			continue;
		edubal_status st = compile_item(programs, &std->items[i], n,
			schools, &programs->of[i]);
		if (st != EDUBAL_OK)
			return st;
	}
	assign_slots(programs);
	return EDUBAL_OK;
}

void
edubal__programs_free(struct edubal__programs *programs)
{
	for (size_t i = 0; programs->of && i < programs->count; i++)
		program_free(programs->of[i]);
	for (size_t i = 0; programs->failing && i < programs->count; i++)
		free(programs->failing[i]);
	free(programs->of);
	free(programs->failing);
	free(programs->nodes);
	free(programs->args);
	memset(programs, 0, sizeof *programs);
}

/* ---- judging ----
 *
 * A batch is judged node by node over all its schools, like a column
 * store: each node writes one value per school.  "Not given" and
 * "undefined" (what the evaluator reports as MISSING or UNDEFINED) are
 * NaN, which sums, quotients and ceilings carry on.  Input never holds
 * NaN (dataset.h).  Only "certainly true" is wanted, and every comparison
 * with a NaN is false: a school whose value is missing does not pass
 * here, and the evaluator then finds it unknown.
 */

static void
fill(double *out, size_t n, double v)
{
	for (size_t i = 0; i < n; i++)
		out[i] = v;
}

/* (double) v, or absent when v is not given, without a branch: the
 * blanks of a section's column follow the school types, which come in
 * no order (students_junior is blank for a primary school, given for a
 * nine-year one), and a mispredicted branch per school cost three times
 * the select. */
static inline double
int_or(int32_t v, double absent)
{
	double d = (double) v;
	uint64_t given, blank;
	memcpy(&given, &d, sizeof given);
	memcpy(&blank, &absent, sizeof blank);
	uint64_t none = (uint64_t) 0 - (uint64_t) (v == EDUBAL__INT_NONE);
	given = (blank & none) | (given & ~none);
	memcpy(&d, &given, sizeof d);
	return d;
}

/* A school's cell as the evaluator reads it (lookup_number): the
 * largest class of classes.csv first, then the column, then 0 for a
 * section the school's type does not have; NaN when not given.  One
 * pass per storage, the storage chosen once, straight along the column:
 * the column's own check per cell (edubal__cell_number), the row list
 * and a second pass for the sections were most of the judging. */
static void
read_column(const struct edubal__program_column *c,
	const struct edubal__program_batch *b, double *out)
{
	const struct edubal__column *col = c->column;
	const unsigned char *types = b->types;
	const double *absent = c->absent;
	size_t n = b->n;
	if (col && col->ints && c->name_section >= 0) {
		const int32_t *ints = col->ints + b->first;
		for (size_t i = 0; i < n; i++)
			out[i] = int_or(ints[i], absent[types[i]]);
	} else if (col && col->ints) {
		/* Other columns are seldom blank: the branch is foreseen. */
		const int32_t *ints = col->ints + b->first;
		for (size_t i = 0; i < n; i++)
			out[i] = ints[i] == EDUBAL__INT_NONE ? NAN :
				(double) ints[i];
	} else if (col && !col->is_text && col->numbers) {
		const double *numbers = col->numbers + b->first;
		for (size_t i = 0; i < n; i++)
			out[i] = isnan(numbers[i]) ? absent[types[i]] : numbers[i];
	} else {
		for (size_t i = 0; i < n; i++)
			out[i] = absent[types[i]];
	}
	if (b->classes && c->class_max && c->name_section >= 0) {
		double (*max)[EDUBAL__SECTION_COUNT] =
			b->classes->max + b->first;
		for (size_t i = 0; i < n; i++)
			if (!isnan(max[i][c->name_section]))
				out[i] = max[i][c->name_section];
	}
}

/* ceil(x), but for the sign of a zero (ceil(-0.5) is -0, this +0),
 * which no comparison tells apart: without SSE4.1, ceil() is a call per
 * school.  Doubles of 2^52 and more are whole already. */
static inline double
ceiling(double x)
{
	if (!(fabs(x) < 4503599627370496.0))  /* 2^52, or NaN */
		return x;
	double t = (double) (long long) x;   /* toward zero, exact */
	return t < x ? t + 1 : t;
}

/* A by-section or by-type threshold (eval_table of quantity.c). */
static double
table_value(const struct edubal__quantity *q, int index)
{
	if (index >= 0 && q->in_table[index])
		return q->table[index];
	return q->has_fallback ? q->fallback : NAN;
}

/* Values of the nodes with a slot, kept while a chunk is judged: per
 * slot and scope (1 + the batch's section), PROGRAM_CHUNK values and
 * whether they are made yet.  The scope is part of the key: the same
 * column is another column in each section, and each scope's batch has
 * other schools. */
struct kept {
	double *values;
	bool *made;
};

static const double *eval_node(const struct edubal__program_node *n,
	const struct edubal__program_batch *b, int section, double *out,
	double *spare, const struct kept *kept);

/* The values of node n (see eval_node) computed into out. */
static void
compute_node(const struct edubal__program_node *n,
	const struct edubal__program_batch *b, int section, double *out,
	double *spare, const struct kept *kept)
{
	const struct edubal__quantity *q = n->q;
	size_t count = b->n;
	const double *a, *d;
	double of_type[EDUBAL__TYPE_COUNT];
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
		fill(out, count, q->number);
		return;
	case EDUBAL__Q_COLUMN:
		read_column(&n->at[section + 1], b, out);
		return;
	case EDUBAL__Q_SUM:
		fill(out, count, 0);
		for (size_t k = 0; k < n->arg_count; k++) {
			a = eval_node(n->args[k], b, section, spare,
				spare + count, kept);
			for (size_t i = 0; i < count; i++)
				out[i] += a[i];
		}
		return;
	case EDUBAL__Q_RATIO:
		a = eval_node(n->args[0], b, section, out, spare, kept);
		d = eval_node(n->args[1], b, section, spare, spare + count,
			kept);
		for (size_t i = 0; i < count; i++)
			out[i] = d[i] == 0 ? NAN : a[i] / d[i];
		return;
	case EDUBAL__Q_CEIL_DIV:
		a = eval_node(n->args[0], b, section, out, spare, kept);
		for (size_t i = 0; i < count; i++)
			out[i] = ceiling(a[i] / q->number);
		return;
	case EDUBAL__Q_BY_SECTION:
		fill(out, count, table_value(q, section));
		return;
	case EDUBAL__Q_BY_TYPE:
		for (int t = 0; t < EDUBAL__TYPE_COUNT; t++)
			of_type[t] = table_value(q, t);
		for (size_t i = 0; i < count; i++)
			out[i] = of_type[b->types[i]];
		return;
	default:
		fill(out, count, NAN);  /* not compiled (count_nodes) */
		return;
	}
}

/* The values of node n for the batch read in `section` (-1: bare): in
 * out, or where they are kept; spare has room for the values of n's
 * arguments.  A node with a slot is computed once per chunk and scope.
 * An "in" condition reads bare within a section's batch: that reading
 * is not the scope's, so it is not kept. */
static const double *
eval_node(const struct edubal__program_node *n,
	const struct edubal__program_batch *b, int section, double *out,
	double *spare, const struct kept *kept)
{
	if (n->slot == EDUBAL__PROGRAM_NO_SLOT || section != b->section) {
		compute_node(n, b, section, out, spare, kept);
		return out;
	}
	size_t at = n->slot * EDUBAL__PROGRAM_SCOPES + (size_t) (section + 1);
	double *values = kept->values + at * PROGRAM_CHUNK;
	if (!kept->made[at]) {
		compute_node(n, b, section, values, spare, kept);
		kept->made[at] = true;
	}
	return values;
}

/* holds[i] &= whether left[i] OP right[i] (false when either is NaN):
 * ANDed in, not stored and ANDed in a second pass. */
static void
compare(enum edubal__cmp op, const double *left, const double *right,
	size_t n, bool *holds)
{
	size_t i;
	switch (op) {
	case EDUBAL__LE:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] <= right[i];
		return;
	case EDUBAL__LT:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] < right[i];
		return;
	case EDUBAL__GE:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] >= right[i];
		return;
	case EDUBAL__GT:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] > right[i];
		return;
	case EDUBAL__EQ:
	case EDUBAL__IN:
	default:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] == right[i];
		return;
	}
}

/* holds[i] &= whether left[i] OP right (false when either is NaN). */
static void
compare_scalar(enum edubal__cmp op, const double *left, double right,
	size_t n, bool *holds)
{
	size_t i;
	switch (op) {
	case EDUBAL__LE:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] <= right;
		return;
	case EDUBAL__LT:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] < right;
		return;
	case EDUBAL__GE:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] >= right;
		return;
	case EDUBAL__GT:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] > right;
		return;
	case EDUBAL__EQ:
	case EDUBAL__IN:
	default:
		for (i = 0; i < n; i++)
			holds[i] &= left[i] == right;
		return;
	}
}

/* Whether node n has one value for every school of a batch read in
 * `section` (a number, or a by-section threshold), in *out. */
static bool
constant(const struct edubal__program_node *n, int section, double *out)
{
	const struct edubal__quantity *q = n->q;
	if (q->kind == EDUBAL__Q_NUMBER)
		*out = q->number;
	else if (q->kind == EDUBAL__Q_BY_SECTION)
		*out = table_value(q, section);
	else
		return false;
	return true;
}

/* For each school: holds[i] &= the condition is true and, unless given
 * is NULL, given[i] = its inputs are given (so that not holding means
 * false, not unknown). */
static void
judge_condition(const struct edubal__program_condition *pc,
	const struct edubal__program_batch *b, double *values,
	const struct kept *kept, bool *holds, bool *given)
{
	const struct edubal__condition *cond = pc->cond;
	size_t n = b->n;
	const double *left = values, *right = values + n;
	double threshold;
	if (cond->flag) {
		read_column(&pc->flag, b, values);
		for (size_t i = 0; i < n; i++)
			holds[i] &= !isnan(left[i]) &&
				(left[i] != 0) == cond->expect;
	} else if (cond->op == EDUBAL__IN) {
		/* An enumerated column has no per-section form: read bare. */
		left = eval_node(pc->left, b, -1, values, values + n, kept);
		for (size_t i = 0; i < n; i++)
			holds[i] &= edubal__condition_allows(cond, left[i]);
	} else if (constant(pc->right, b->section, &threshold)) {
		/* Most thresholds are one number for the whole batch. */
		left = eval_node(pc->left, b, b->section, values, values + n,
			kept);
		compare_scalar(cond->op, left, threshold, n, holds);
		for (size_t i = 0; given && i < n; i++)
			given[i] = !isnan(left[i]) && !isnan(threshold);
		return;
	} else {
		left = eval_node(pc->left, b, b->section, values, values + n,
			kept);
		right = eval_node(pc->right, b, b->section, values + n,
			values + 2 * n, kept);
		compare(cond->op, left, right, n, holds);
	}
	if (!given)
		return;
	bool two_sided = !cond->flag && cond->op != EDUBAL__IN;
	for (size_t i = 0; i < n; i++)
		given[i] = !isnan(left[i]) && (!two_sided || !isnan(right[i]));
}

/* Working memory of one judging. */
struct scratch {
	bool flags[3 * PROGRAM_CHUNK], pass[PROGRAM_CHUNK];
	/* Per section: the chunk's assessed schools that have it. */
	bool counted[EDUBAL__SECTION_COUNT][PROGRAM_CHUNK];
	double *values;      /* PROGRAM_CHUNK * the deepest program's depth */
	struct kept kept;    /* the programs' slot_count slots */
};

/* Judge a batch: pass[i] = the item is certainly true for school i. */
static void
judge_batch(const struct edubal__program *p,
	const struct edubal__program_batch *b, struct scratch *s, bool *pass)
{
	size_t n = b->n;
	bool *holds = s->flags, *given = holds + n, *excused = given + n;
	bool applies = p->when_count > 0;
	for (size_t i = 0; i < n; i++)
		pass[i] = true;
	for (size_t i = 0; applies && i < n; i++)
		excused[i] = false;
	/* "when": one certainly false excuses the school (not concerned);
	 * otherwise all must certainly hold for the item to be judged. */
	for (size_t k = 0; k < p->when_count; k++) {
		for (size_t i = 0; i < n; i++)
			holds[i] = true;
		judge_condition(&p->when[k], b, s->values, &s->kept, holds,
			given);
		for (size_t i = 0; i < n; i++) {
			excused[i] |= given[i] && !holds[i];
			pass[i] &= holds[i];
		}
	}
	for (size_t k = 0; k < p->all_count; k++)
		judge_condition(&p->all[k], b, s->values, &s->kept, pass,
			NULL);
	for (size_t i = 0; applies && i < n; i++)
		pass[i] |= excused[i];
}

/* failing[row] += the scopes of rows [first, end) where program p is
 * not certainly true, counting the assessed schools only and, by
 * section, those that have the section (s->counted). */
static void
judge_chunk(const struct edubal__program *p, const struct edubal__item *item,
	const bool *levels, const struct edubal__school_columns *cols,
	const struct edubal__class_maxima *classes, size_t first, size_t end,
	struct scratch *s, unsigned char *failing)
{
	bool by_section = item->scope == EDUBAL__SCOPE_SECTION;
	struct edubal__program_batch b = {first, end - first,
		cols->types + first, -1, classes};
	for (int k = by_section ? 1 : 0;
	     k < (by_section ? EDUBAL__PROGRAM_SCOPES : 1); k++) {
		if (k > 0 && !levels[k - 1])
			continue;
		b.section = k - 1;
		judge_batch(p, &b, s, s->pass);
		const bool *counted = k > 0 ? s->counted[k - 1] :
			cols->assessed + first;
		for (size_t j = 0; j < b.n; j++)
			failing[first + j] += (unsigned char) (counted[j] &
				!s->pass[j]);
	}
}

/* s->counted for rows [first, end) and the sections of levels. */
static void
count_sections(struct scratch *s, const bool *levels,
	const struct edubal__school_columns *cols, size_t first, size_t end)
{
	const bool *assessed = cols->assessed + first;
	const unsigned char *types = cols->types + first;
	for (int k = 0; k < EDUBAL__SECTION_COUNT; k++) {
		if (!levels[k])
			continue;
		bool has[EDUBAL__TYPE_COUNT];
		for (int t = 0; t < EDUBAL__TYPE_COUNT; t++)
			has[t] = edubal__type_has_section(
				(enum edubal__school_type) t, (enum edubal__section) k);
		for (size_t j = 0; j < end - first; j++)
			s->counted[k][j] = assessed[j] & has[types[j]];
	}
}

static size_t
deepest(const struct edubal__programs *programs)
{
	size_t depth = 1;
	for (size_t i = 0; i < programs->count; i++)
		if (programs->of[i] && programs->of[i]->depth > depth)
			depth = programs->of[i]->depth;
	return depth;
}

edubal_status
edubal__programs_judge(struct edubal__programs *programs,
	const edubal_standard *std, const struct edubal__school_columns *cols,
	const struct edubal__class_maxima *classes, size_t rows)
{
	for (size_t i = 0; i < programs->count; i++) {
		if (programs->of[i] &&
		    !(programs->failing[i] = calloc(rows ? rows : 1, 1)))
			return EDUBAL_ENOMEM;
	}
	struct scratch *s = calloc(1, sizeof *s);
	if (!s)
		return EDUBAL_ENOMEM;
	size_t kept = programs->slot_count * EDUBAL__PROGRAM_SCOPES;
	s->values = malloc(PROGRAM_CHUNK * deepest(programs) * sizeof(double));
	s->kept.values = malloc((kept ? kept : 1) * PROGRAM_CHUNK *
		sizeof(double));
	s->kept.made = malloc(kept ? kept : 1);
	edubal_status st = EDUBAL_ENOMEM;
	if (!s->values || !s->kept.values || !s->kept.made)
		goto done;
	/* Chunk by chunk, every item: the chunk's columns and the values
	 * kept stay in cache. */
	for (size_t first = 0; first < rows; first += PROGRAM_CHUNK) {
		size_t end = rows - first > PROGRAM_CHUNK ? first + PROGRAM_CHUNK
		                                          : rows;
		memset(s->kept.made, 0, kept);
		count_sections(s, std->level, cols, first, end);
		for (size_t i = 0; i < programs->count; i++)
			if (programs->of[i])
				judge_chunk(programs->of[i], &std->items[i],
					std->level, cols, classes, first, end, s,
					programs->failing[i]);
	}
	st = EDUBAL_OK;
done:
	free(s->values);
	free(s->kept.values);
	free(s->kept.made);
	free(s);
	return st;
}
