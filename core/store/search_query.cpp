#include "search_query.h"

#include "text/chars.h"
#include "text/normalizer.h"
#include "text/search_tokens.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

// One term as an FTS5 expression: all its pieces must match, in title or body. A run of Chinese
// goes to the tokenizer whole, which makes it one character or a phrase of pairs; only titles and
// bodies hold Chinese (the other columns are pinyin and scope codes), so it needs no column filter,
// which would make FTS5 read the positions of every match (科技, in 810,000 articles: 46 ms, not 28).
QString termExpression(const QString &term)
{
    QStringList parts;
    for (const text::TermPiece &p : text::termPieces(term)) {
        if (p.kind == text::TermPiece::Word) // also the pinyin of the article's places: dazhou, dz
            parts.append(u"{title body places} : \"%1\""_s.arg(p.text));
        else
            parts.append(u"\"%1\""_s.arg(p.text));
    }
    if (parts.size() == 1)
        return parts.first();
    return parts.isEmpty() ? QString() : u"("_s + parts.join(u" AND "_s) + u')';
}

} // namespace

SearchQuery parseSearchQuery(const QString &typed)
{
    SearchQuery q;
    const QString s = text::normalize(typed).simplified();
    if (s.size() > MaxSearchLength) {
        q.refused = u"the search is %1 characters long; it may be at most %2"_s.arg(s.size()).arg(MaxSearchLength);
        return q;
    }
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        bool exclude = false;
        if (s[i] == u'-' && i + 1 < s.size() && !s[i + 1].isSpace()) {
            exclude = true;
            ++i;
        }
        QString term;
        const QChar open = s[i];
        if (open == u'"' || open == u'“' || open == u'「') {
            const QChar close = open == u'“' ? u'”' : open == u'「' ? u'」' : u'"';
            const qsizetype end = s.indexOf(close, i + 1);
            term = s.mid(i + 1, (end < 0 ? s.size() : end) - i - 1);
            // A quoted phrase reads as one run of Chinese text; Latin words keep their spaces.
            for (qsizetype k = term.size() - 2; k > 0; --k)
                if (term[k] == u' ' && text::isHan(term[k - 1]) && text::isHan(term[k + 1]))
                    term.remove(k, 1);
            i = end < 0 ? s.size() : end + 1;
        } else {
            qsizetype end = i;
            while (end < s.size() && !s[end].isSpace())
                ++end;
            term = s.mid(i, end - i);
            i = end;
        }
        const QString expression = termExpression(term);
        if (expression.isEmpty())
            continue; // nothing searchable in it: punctuation, operators
        if ((exclude ? q.excluded : q.included).contains(term))
            continue; // 科普 科普 is 科普
        if (q.included.size() + q.excluded.size() == MaxSearchTerms) {
            q.refused = u"the search has more than %1 different words; it may have at most %1"_s.arg(MaxSearchTerms);
            return q;
        }
        (exclude ? q.excluded : q.included).append(term);
        QString &target = exclude ? q.excludeMatch : q.match;
        if (!target.isEmpty())
            target += exclude ? u" OR "_s : u" AND "_s;
        target += expression;
    }
    if (!q.match.isEmpty() && !q.excludeMatch.isEmpty())
        q.match = u"("_s + q.match + u") NOT ("_s + q.excludeMatch + u')';
    return q;
}

QString snippetAround(const QString &text, const QStringList &terms, int width)
{
    qsizetype at = -1, length = 0;
    for (const QString &term : terms) {
        const qsizetype found = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at)) {
            at = found;
            length = term.size();
        }
    }
    if (at < 0) {
        QString lead = text.left(width).replace(u'\n', u' ');
        return text.size() > width ? lead + u'…' : lead;
    }
    const qsizetype start = std::max<qsizetype>(0, at - width / 3);
    const qsizetype end = std::min<qsizetype>(text.size(), at + length + width * 2 / 3);
    QString s = (start > 0 ? u"…"_s : QString()) + text.mid(start, at - start) + u'【' + text.mid(at, length) +
                u'】' + text.mid(at + length, end - at - length) + (end < text.size() ? u"…"_s : QString());
    return s.replace(u'\n', u' ');
}

} // namespace fangzhi::store
