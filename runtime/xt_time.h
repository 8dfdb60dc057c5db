/* xtrace kernel runtime: dates (stap's ctime()).
 *
 * Apart from xt_str.h so that the string runtime stays free of the kernel's
 * time headers (tests/test_strings.py builds it in user space).
 */
#ifndef XT_TIME_H
#define XT_TIME_H

#include <linux/time.h>

/* stap ctime(secs): "Thu Jan  1 00:00:00 1970" (UTC, no newline); like stap's
 * kernel runtime, only 32-bit times convert. */
static __maybe_unused const char *xt_ctime(char *dst, s64 secs)
{
	static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;

	if (secs < S32_MIN || secs > S32_MAX) {
		strscpy(dst, "conversion error", XT_MAXSTRINGLEN);
		return dst;
	}
	time64_to_tm(secs, 0, &tm);
	snprintf(dst, XT_MAXSTRINGLEN, "%s %s %2d %02d:%02d:%02d %ld", days[tm.tm_wday % 7],
		 months[tm.tm_mon % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
		 tm.tm_year + 1900);
	return dst;
}

#endif /* XT_TIME_H */
