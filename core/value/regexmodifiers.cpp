#include "regexmodifiers.h"

namespace ectowb::value {

QRegularExpression::PatternOptions regexPatternOptions(QStringView modifiers)
{
    QRegularExpression::PatternOptions options;
    for (const QChar m : modifiers) {
        switch (m.unicode()) {
        case 'i': options |= QRegularExpression::CaseInsensitiveOption; break;
        case 'm': options |= QRegularExpression::MultilineOption; break;
        case 's': options |= QRegularExpression::DotMatchesEverythingOption; break;
        case 'x': options |= QRegularExpression::ExtendedPatternSyntaxOption; break;
        case 'u': options |= QRegularExpression::UseUnicodePropertiesOption; break;
        case 'U': options |= QRegularExpression::InvertedGreedinessOption; break;
        default: break;
        }
    }
    return options;
}

} // namespace ectowb::value
