/*
 * edubal/evaluate.h - evaluate a dataset against a standard profile.
 *
 * edubal_evaluate() applies every rule of a profile to every county of a
 * dataset (SPEC §2): per-school indicators and the k-of-n rule, per-level
 * means, SDs and CVs, county items and vetoes, and a verdict with reasons in
 * Chinese and English.  The result is a report handle; render it with
 * edubal_report_render() (io.h) as text, JSON or CSV.  No I/O happens here.
 *
 * Verdicts: pass when every rule holds; fail when at least one rule
 * certainly fails (whatever else is missing); incomplete when nothing has
 * failed but some required input is missing, and the reasons name it.
 *
 * A report owns copies of what it needs: the standard and the dataset may
 * be freed before it.  Reading a report from several threads is safe.
 */
#ifndef EDUBAL_EVALUATE_H
#define EDUBAL_EVALUATE_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A county's verdict.  Values are ABI, append only. */
enum edubal_verdict {
	EDUBAL_VERDICT_PASS = 0,
	EDUBAL_VERDICT_FAIL = 1,
	EDUBAL_VERDICT_INCOMPLETE = 2
};

/**
 * Evaluate every county of @p dataset against @p standard.  Counties are
 * those of counties.csv in file order, then any county that appears only
 * in schools.csv, in order of first appearance.
 * @param[out] out_report new report; free with edubal_report_free().
 * @retval EDUBAL_EINVAL NULL argument, the dataset has no schools table,
 *         or it has more than 2^32 - 1 counties or the profile more than
 *         65,535 indicators (a report keeps them in 32 and 16 bits).
 * @retval EDUBAL_EDATA the tables disagree (a class of an unknown school).
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_evaluate(const edubal_standard *standard,
	const edubal_dataset *dataset, edubal_report **out_report,
	edubal_error *err);

/** Free a report; NULL is a no-op.  @since 0.2 */
EDUBAL_API void edubal_report_free(edubal_report *report);

/** @return the id of the standard applied (borrowed).  @since 0.2 */
EDUBAL_API const char *edubal_report_standard_id(const edubal_report *report);

/** @return the number of counties evaluated.  @since 0.2 */
EDUBAL_API size_t edubal_report_county_count(const edubal_report *report);

/** @return the id of county @p county (borrowed), or NULL if out of range.  @since 0.2 */
EDUBAL_API const char *edubal_report_county_id(const edubal_report *report,
	size_t county);

/**
 * The verdict of county @p county.
 * @retval EDUBAL_EINVAL NULL argument or @p county out of range.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_report_verdict(const edubal_report *report,
	size_t county, enum edubal_verdict *out_verdict, edubal_error *err);

/** @return the number of reasons (failures and missing inputs) of a county.  @since 0.2 */
EDUBAL_API size_t edubal_report_reason_count(const edubal_report *report,
	size_t county);

/**
 * @return the code of reason @p i of county @p county, e.g.
 * "resource.cv.primary.backbone_teachers_per100" (borrowed), or NULL if
 * out of range or out of memory.
 *
 * A reason's code and messages are written on the first call of this
 * function or edubal_report_reason_message() for that reason (the
 * renderers write them without keeping them), then kept by the report:
 * later calls, from any thread, return the same pointers, valid until
 * edubal_report_free().  Threads asking at once for the same reason are
 * safe and get the same pointers.
 * @since 0.2
 */
EDUBAL_API const char *edubal_report_reason_code(const edubal_report *report,
	size_t county, size_t i);

/**
 * @param lang "zh" or "en".
 * @return the message of reason @p i (borrowed, made on first access as
 *         edubal_report_reason_code() says), or NULL if out of range or out
 *         of memory.
 * @since 0.2
 */
EDUBAL_API const char *edubal_report_reason_message(
	const edubal_report *report, size_t county, size_t i, const char *lang);

/**
 * Judge a level's published CVs against a standard's CV and composite rules,
 * without school data: the check a statistician makes of a published
 * monitoring table.  The CVs are in the profile's indicator order.
 * @param level "primary", "junior" or "senior".
 * @param[in] cvs one CV per indicator of the profile; n must equal the
 *            profile's indicator count.
 * @param[out] out_failing CVs that fail their own limit (0 when the profile
 *             does not judge single CVs).
 * @param[out] out_composite the composite CV, the mean of @p cvs.
 * @param[out] out_pass 1 if the CV rules of the level hold, else 0.
 * @retval EDUBAL_EINVAL NULL argument, unknown level, wrong n, a CV that is
 *         negative or not finite.
 * @retval EDUBAL_ENOTFOUND the profile does not assess this level.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_evaluate_cvs(const edubal_standard *standard,
	const char *level, const double *cvs, size_t n, size_t *out_failing,
	double *out_composite, int *out_pass, edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_EVALUATE_H */
