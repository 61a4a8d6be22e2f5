/*
 * edubal/standard.h - standard profiles: the rules of an evaluation as data.
 *
 * A profile (docs/profiles.md) names the indicators, their thresholds per
 * school level, the pass rules (k of n indicators, floor fraction, CV
 * limits and comparators, optional rounding), the combined-school split
 * weights and the county items.  Built-in profiles are compiled into the
 * library from data/standards/; users load their own files with the same
 * parser.  A profile may name a parent and override or add to it.
 *
 * A standard is immutable once created; several threads may use one at
 * the same time.
 */
#ifndef EDUBAL_STANDARD_H
#define EDUBAL_STANDARD_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @return the number of built-in profiles.  @since 0.2 */
EDUBAL_API size_t edubal_standard_builtin_count(void);

/** @return the id of built-in profile @p i (static), or NULL if out of range.  @since 0.2 */
EDUBAL_API const char *edubal_standard_builtin_id(size_t i);

/**
 * Create built-in profile @p id, e.g. "cn-2017-compulsory".
 * @retval EDUBAL_ENOTFOUND no built-in profile has that id.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_builtin(const char *id,
	edubal_standard **out_standard, edubal_error *err);

/**
 * Parse a profile from JSON text; @p source_name (may be NULL) names it in
 * messages.  A parent is looked up among the built-in profiles.
 * @retval EDUBAL_EDATA invalid JSON or profile; the message gives the JSON
 *         path (e.g. `items[3].all[0].op`) and why.
 * @retval EDUBAL_ENOTFOUND the parent is not a built-in profile.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_parse(const char *text, size_t len,
	const char *source_name, edubal_standard **out_standard,
	edubal_error *err);

/**
 * Load a profile file.  A parent is looked up among the built-in profiles,
 * then as PARENT.json beside the file.
 * @retval EDUBAL_EIO the file cannot be read; otherwise as
 *         edubal_standard_parse().
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_load(const char *path,
	edubal_standard **out_standard, edubal_error *err);

/**
 * A built-in id if one matches @p id_or_path, else a profile file.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_open(const char *id_or_path,
	edubal_standard **out_standard, edubal_error *err);

/** Free a standard; NULL is a no-op.  @since 0.2 */
EDUBAL_API void edubal_standard_free(edubal_standard *standard);

/** @return the profile id (borrowed).  @since 0.2 */
EDUBAL_API const char *edubal_standard_id(const edubal_standard *standard);

/** @return the parent id (borrowed), or "" if none.  @since 0.2 */
EDUBAL_API const char *edubal_standard_parent(const edubal_standard *standard);

/**
 * @param lang "zh" or "en" (anything else gives "zh").
 * @return the profile name (borrowed).
 * @since 0.2
 */
EDUBAL_API const char *edubal_standard_name(const edubal_standard *standard,
	const char *lang);

/** @return the source document (borrowed), or "".  @since 0.2 */
EDUBAL_API const char *edubal_standard_source(const edubal_standard *standard);

/**
 * The complete profile, parents merged in, as JSON.
 * @param[out] out_json new string; free with edubal_free().
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_to_json(
	const edubal_standard *standard, char **out_json, edubal_error *err);

/**
 * A human-readable summary: name, source, indicators with thresholds,
 * rules and items; for a profile with a parent, what it overrides and
 * adds relative to that parent.
 * @param lang "zh" or "en".
 * @param[out] out_text new string; free with edubal_free().
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_standard_describe(
	const edubal_standard *standard, const char *lang, char **out_text,
	edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_STANDARD_H */
