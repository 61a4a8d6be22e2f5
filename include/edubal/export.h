/*
 * edubal/export.h - symbol visibility for the public API.
 *
 * The library is built with hidden visibility by default; only declarations
 * marked EDUBAL_API are exported, and src/edubal.sym pins the list.
 */
#ifndef EDUBAL_EXPORT_H
#define EDUBAL_EXPORT_H

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(EDUBAL_BUILDING) && defined(EDUBAL_STATIC)
#    define EDUBAL_API
#  elif defined(EDUBAL_BUILDING)
#    define EDUBAL_API __declspec(dllexport)
#  elif defined(EDUBAL_STATIC)
#    define EDUBAL_API
#  else
#    define EDUBAL_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define EDUBAL_API __attribute__((visibility("default")))
#else
#  define EDUBAL_API
#endif

#if defined(__GNUC__) && (__GNUC__ > 4 || (__GNUC__ == 4 && __GNUC_MINOR__ >= 5))
#  define EDUBAL_DEPRECATED(msg) __attribute__((deprecated(msg)))
#else
#  define EDUBAL_DEPRECATED(msg)
#endif

#endif /* EDUBAL_EXPORT_H */
