/*
 * src/io/csv_stream.c - CSV text through libcsv into a sink (see
 * csv_stream.h for the rules).
 *
 * libcsv's callbacks cannot stop the parse, so the first error is recorded
 * and everything after it ignored.  The header's names are kept here:
 * errors in later rows name the column of the field they are about.
 */
#include "csv_stream.h"

#include <csv.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "utf8.h"

struct stream {
	const char *source;
	const struct edubal__csv_sink *sink;
	edubal_error *err;
	struct csv_parser parser;
	char **names;              /* header fields, then names once checked */
	size_t name_count, name_cap;
	size_t columns;            /* header fields, once the header is read */
	size_t record;             /* lines completed, header and blanks included */
	size_t fields;             /* fields seen in the current record */
	int last_terminator;       /* to see the \n of a \r\n pair */
	bool have_header;
	bool started;              /* the first bytes (a BOM?) were looked at */
	edubal_status status;
};

/* The header name of field i (0-based) of a data row, or NULL in the
 * header itself and beyond its last column: errors name the column. */
static const char *
column_of_field(const struct stream *s, size_t i)
{
	if (!s->have_header || i >= s->columns)
		return NULL;
	return s->names[i];
}

static edubal_status
out_of_memory(struct stream *s)
{
	return edubal__fail(s->err, EDUBAL_ENOMEM, "%s: out of memory at row %zu",
		s->source, s->record + 1);
}

/* Keep a field of the header row (copied: libcsv reuses its buffer). */
static edubal_status
keep_name(struct stream *s, const char *text, size_t len)
{
	if (s->name_count == s->name_cap) {
		size_t cap = s->name_cap ? 2 * s->name_cap : 64;
		char **grown = realloc(s->names, cap * sizeof *grown);
		if (!grown)
			return out_of_memory(s);
		s->names = grown;
		s->name_cap = cap;
	}
	char *copy = malloc(len + 1);
	if (!copy)
		return out_of_memory(s);
	memcpy(copy, text, len);
	copy[len] = '\0';
	s->names[s->name_count++] = copy;
	return EDUBAL_OK;
}

/* A field as libcsv hands it: text NUL-terminated (CSV_APPEND_NULL). */
static inline edubal_status
take_field(struct stream *s, const char *text, size_t len)
{
	if (!s->have_header)
		return keep_name(s, text, len);
	return s->sink->field(s->sink->data, s->record + 1, s->fields, text, len,
		s->err);
}

/*
 * Whether text[0..len) is all ASCII, which is valid UTF-8 at a glance (most
 * fields are numbers and ids); *nul tells whether it holds a NUL byte.
 * 8 bytes at a time.
 */
static bool
scan_field(const char *text, size_t len, bool *nul)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);
	uint64_t any = 0, zero = 0, word;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		memcpy(&word, text + i, 8);
		any |= word;
		zero |= (word - ones) & ~word & highs;  /* a byte of word is 0 */
	}
	for (; i < len; i++) {
		any |= (unsigned char) text[i];
		zero |= text[i] == '\0';
	}
	*nul = zero != 0;
	return (any & highs) == 0;
}

static void
on_field(void *field, size_t len, void *data)
{
	struct stream *s = data;
	if (s->status != EDUBAL_OK)
		return;
	const char *text = field ? field : "";
	bool nul;
	if (!scan_field(text, len, &nul) && !edubal__utf8_valid(text, len)) {
		s->status = edubal__fail_cell(s->err, EDUBAL_EDATA, s->source,
			s->record + 1, column_of_field(s, s->fields), NULL, "field %zu is "
			"not valid UTF-8 (save the file as UTF-8; GBK exports must be "
			"converted)", s->fields + 1);
		return;
	}
	/* A cell is a C string to every reader: a NUL byte ends it. */
	s->status = take_field(s, text, nul ? strlen(text) : len);
	s->fields++;
}

static void
trim_blanks(char *text)
{
	size_t start = strspn(text, " \t");
	size_t len = strlen(text + start);
	memmove(text, text + start, len + 1);
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
		text[--len] = '\0';
}

static edubal_status
check_header(struct stream *s)
{
	s->columns = s->fields;
	for (size_t c = 0; c < s->columns; c++) {
		trim_blanks(s->names[c]);
		const char *name = s->names[c];
		if (name[0] == '\0')
			return edubal__fail_cell(s->err, EDUBAL_EDATA, s->source,
				s->record, NULL, NULL, "header field %zu is empty: every "
				"column needs a name", c + 1);
		for (size_t d = 0; d < c; d++) {
			if (strcmp(name, s->names[d]) == 0)
				return edubal__fail_cell(s->err, EDUBAL_EDATA, s->source,
					s->record, name, name, "duplicate column name (columns "
					"%zu and %zu)", d + 1, c + 1);
		}
	}
	return s->sink->header(s->sink->data, (const char *const *) s->names,
		s->columns, s->record, s->err);
}

/*
 * libcsv runs with CSV_REPALL_NL so that blank lines are seen: they count
 * as rows, keeping row numbers equal to what a spreadsheet shows.  In a
 * one-column table a blank line is an empty cell, which must not vanish;
 * elsewhere it holds no data and is skipped.
 */
static bool
skip_blank_line(struct stream *s, int terminator)
{
	bool crlf_tail = terminator == '\n' && s->last_terminator == '\r';
	s->last_terminator = terminator;
	/* A record with fields is a row, even after a line ended by a bare
	 * \r: only the empty record of a \r\n pair's \n is its tail. */
	if (s->fields > 0)
		return false;
	if (crlf_tail)
		return true;
	if (!s->have_header || s->columns != 1) {
		s->record++;
		return true;
	}
	s->status = take_field(s, "", 0);
	s->fields = 1;
	return s->status != EDUBAL_OK;
}

static void
on_record(int terminator, void *data)
{
	struct stream *s = data;
	if (s->status != EDUBAL_OK || skip_blank_line(s, terminator))
		return;
	s->record++;
	if (!s->have_header) {
		s->have_header = true;
		s->status = check_header(s);
	} else if (s->fields != s->columns) {
		/* Name the first missing column; extra fields have none. */
		s->status = edubal__fail_cell(s->err, EDUBAL_EDATA, s->source,
			s->record, column_of_field(s, s->fields), NULL, "the row has %zu "
			"fields but the header has %zu", s->fields, s->columns);
	} else {
		s->status = s->sink->row(s->sink->data, s->record, s->err);
	}
	s->fields = 0;
}

static edubal_status
stream_begin(struct stream *s, const char *source,
	const struct edubal__csv_sink *sink, edubal_error *err)
{
	memset(s, 0, sizeof *s);
	s->source = source;
	s->sink = sink;
	s->err = err;
	if (csv_init(&s->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	              CSV_REPALL_NL) != 0)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

static void
stream_free(struct stream *s)
{
	csv_free(&s->parser);
	for (size_t c = 0; c < s->name_count; c++)
		free(s->names[c]);
	free(s->names);
}

static edubal_status
libcsv_failure(struct stream *s)
{
	/* The field being read when libcsv gave up is the one after those
	 * completed in this row. */
	return edubal__fail_cell(s->err, EDUBAL_EDATA, s->source, s->record + 1,
		column_of_field(s, s->fields), NULL, "malformed CSV in field %zu: %s",
		s->fields + 1, csv_strerror(csv_error(&s->parser)));
}

/* The first chunk must hold the first 3 bytes when there are as many (a
 * BOM is never split; see edubal__csv_parse_file). */
static edubal_status
feed(struct stream *s, const char *text, size_t len)
{
	if (!s->started && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	s->started = true;
	if (csv_parse(&s->parser, text, len, on_field, on_record, s) != len &&
	    s->status == EDUBAL_OK)
		return libcsv_failure(s);
	return s->status;
}

static edubal_status
finish(struct stream *s)
{
	edubal_status st = s->status;
	if (st == EDUBAL_OK && csv_fini(&s->parser, on_field, on_record, s) != 0)
		st = libcsv_failure(s);
	if (st == EDUBAL_OK)
		st = s->status;
	if (st == EDUBAL_OK && !s->have_header)
		st = edubal__fail_cell(s->err, EDUBAL_EDATA, s->source, 0, NULL, NULL,
			"the file is empty: a header row is required");
	return st;
}

edubal_status
edubal__csv_parse_text(const char *text, size_t len, const char *source,
	const struct edubal__csv_sink *sink, edubal_error *err)
{
	struct stream s;
	edubal_status st = stream_begin(&s, source, sink, err);
	if (st != EDUBAL_OK)
		return st;
	st = feed(&s, text, len);
	if (st == EDUBAL_OK)
		st = finish(&s);
	stream_free(&s);
	return st;
}

/* Fill buf with up to want bytes; fewer only at the end or on an error. */
static size_t
read_chunk(FILE *f, char *buf, size_t want)
{
	size_t got = 0, n;
	while (got < want && (n = fread(buf + got, 1, want - got, f)) > 0)
		got += n;
	return got;
}

static edubal_status
feed_file(struct stream *s, FILE *f, const char *path, size_t chunk)
{
	/* At least 3 bytes, so that the first chunk holds a whole BOM. */
	size_t cap = chunk < 3 ? 3 : chunk;
	char *buf = malloc(cap);
	if (!buf)
		return edubal__fail(s->err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = EDUBAL_OK;
	size_t got;
	while (st == EDUBAL_OK &&
	       (got = read_chunk(f, buf, s->started ? chunk : cap)) > 0)
		st = feed(s, buf, got);
	free(buf);
	if (st == EDUBAL_OK && ferror(f))
		st = edubal__fail_cell(s->err, EDUBAL_EIO, path, 0, NULL, NULL,
			"read error: %s", strerror(errno));
	return st;
}

edubal_status
edubal__csv_parse_file(FILE *f, const char *path, size_t chunk,
	const struct edubal__csv_sink *sink, edubal_error *err)
{
	struct stream s;
	edubal_status st = stream_begin(&s, path, sink, err);
	if (st != EDUBAL_OK)
		return st;
	st = feed_file(&s, f, path, chunk ? chunk : EDUBAL__CSV_CHUNK);
	if (st == EDUBAL_OK)
		st = finish(&s);
	stream_free(&s);
	return st;
}
