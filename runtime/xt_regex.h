/* xtrace kernel runtime: stap's =~ / !~ regular expression match.
 *
 * The generator compiles each pattern into a Glushkov automaton (ir/regex.py):
 * one bit per character position of the pattern, so the match runs as a
 * bit-parallel NFA over a u64 -- no backtracking, no recursion, time linear in
 * the subject (at most XT_MAXSTRINGLEN bytes). `^` and `$` are positions that
 * take the virtual symbols XT_RE_BOS and XT_RE_EOS fed around the subject.
 */
#ifndef XT_REGEX_H
#define XT_REGEX_H

#define XT_RE_BOS 256
#define XT_RE_EOS 257

struct xt_regex {
	u64 first, last;      /* positions that can start / end a match */
	int nullable;         /* the empty string matches: everything does */
	const u64 *follow;    /* per position: the positions that may come next */
	u64 match[258];       /* per symbol: the positions that accept it */
};

static __always_inline u64 xt_re_step(const struct xt_regex *re, u64 active, int sym)
{
	u64 next = re->first, a = active;

	while (a) {
		int i = __ffs64(a);

		next |= re->follow[i];
		a &= a - 1;
	}
	return next & re->match[sym];
}

/* Whether `s` matches `re` somewhere (POSIX regexec without REG_NOSUB details). */
static __maybe_unused bool xt_regex_search(const struct xt_regex *re, const char *s)
{
	u64 active;
	int i;

	if (re->nullable)
		return true;
	active = xt_re_step(re, 0, XT_RE_BOS);
	if (active & re->last)
		return true;
	for (i = 0; i < XT_MAXSTRINGLEN && s[i]; i++) {
		active = xt_re_step(re, active, (unsigned char)s[i]);
		if (active & re->last)
			return true;
	}
	active = xt_re_step(re, active, XT_RE_EOS);
	return (active & re->last) != 0;
}

#ifdef XT_REMATCH
/* =~ in a script that calls matched(n): a successful match keeps its pattern
 * and subject in the context; the driver finds the sub-expressions when it
 * prints matched(n) (runtime/rematch.py). */
static noinline __maybe_unused bool xt_regex_search_keep(struct xt_ctx *c, const struct xt_regex *re,
							 int id, const char *s)
{
	if (!xt_regex_search(re, s))
		return false;
	if (s != c->re_subj)
		strscpy(c->re_subj, s, XT_MAXSTRINGLEN);
	c->re_id = id + 1;
	return true;
}
#define xt_rematch_id(c) ((s64)(c)->re_id - 1)
#define xt_rematch_subj(c) ((c)->re_id ? (const char *)(c)->re_subj : "")
#else
#define xt_rematch_id(c) (-1LL)
#define xt_rematch_subj(c) ""
#endif

#endif /* XT_REGEX_H */
