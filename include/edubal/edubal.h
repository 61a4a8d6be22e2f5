/*
 * edubal/edubal.h - umbrella header: include this one.
 *
 * edubal computes China's basic-education evaluation indicators and
 * verdicts.  See README.md and docs/ for the guide; each module header
 * documents its functions.
 */
#ifndef EDUBAL_EDUBAL_H
#define EDUBAL_EDUBAL_H

#include <edubal/export.h>
#include <edubal/version.h>
#include <edubal/status.h>
#include <edubal/stats.h>
#include <edubal/dataset.h>
#include <edubal/standard.h>
#include <edubal/evaluate.h>
#include <edubal/io.h>
#include <edubal/plan.h>
#include <edubal/project.h>
#include <edubal/html.h>

#endif /* EDUBAL_EDUBAL_H */
