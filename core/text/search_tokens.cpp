#include "search_tokens.h"

#include "chars.h"

#include <QList>

namespace fangzhi::text {
namespace {

bool isWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Calls han(run) for every run of Han characters and word(w) for every Latin word.
template<typename Han, typename Word>
void scan(QStringView text, Han han, Word word)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        qsizetype j = i + 1;
        if (isHan(c)) {
            while (j < text.size() && isHan(text[j]))
                ++j;
            han(text.sliced(i, j - i));
        } else if (isWordChar(c)) {
            while (j < text.size() && isWordChar(text[j]))
                ++j;
            word(text.sliced(i, j - i).toString().toLower());
        }
        i = j;
    }
}

// The characters of a run, a surrogate pair counting as one.
QStringList characters(QStringView run)
{
    QStringList out;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const qsizetype n = run[i].isHighSurrogate() && i + 1 < run.size() ? 2 : 1;
        out.append(run.sliced(i, n).toString());
        i += n - 1;
    }
    return out;
}

} // namespace

SearchTokens searchTokens(QStringView text)
{
    SearchTokens t;
    t.unigrams.reserve(text.size() * 2);
    t.bigrams.reserve(text.size() * 3);
    const auto append = [](QString &s, QStringView token) {
        if (!s.isEmpty())
            s.append(u' ');
        s.append(token);
    };
    scan(
        text,
        [&](QStringView run) {
            const QStringList chars = characters(run);
            for (qsizetype k = 0; k < chars.size(); ++k) {
                append(t.unigrams, chars[k]);
                if (k + 1 < chars.size())
                    append(t.bigrams, chars[k] + chars[k + 1]);
            }
        },
        [&](const QString &word) { append(t.unigrams, word); });
    return t;
}

QList<TermPiece> termPieces(QStringView term)
{
    QList<TermPiece> pieces;
    scan(
        term,
        [&](QStringView run) {
            const QStringList chars = characters(run);
            if (chars.size() == 1) {
                pieces.append({TermPiece::Character, chars.first()});
                return;
            }
            QStringList pairs;
            for (qsizetype k = 0; k + 1 < chars.size(); ++k)
                pairs.append(chars[k] + chars[k + 1]);
            pieces.append({TermPiece::Characters, pairs.join(u' ')});
        },
        [&](const QString &word) { pieces.append({TermPiece::Word, word}); });
    return pieces;
}

QString plainPinyin(const QString &toned)
{
    QString out = toned.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out.toLower();
}

} // namespace fangzhi::text
