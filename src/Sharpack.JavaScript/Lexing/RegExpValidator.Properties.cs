// Unicode property escapes for RegExpValidator: \p{...} and \P{...} under u/v, checked against
// the property names and values ECMA-262 allows (the tables are acorn's, ecmaVersion 2023+:
// binary properties, General_Category and Script / Script_Extensions values with their aliases,
// and the v flag's properties of strings, which \P and negated classes must not use).

namespace Sharpack.JavaScript.Lexing;

internal static partial class RegExpValidator
{
    // Binary properties (table-binary-unicode-properties), usable alone as \p{Name}.
    private static readonly HashSet<string> s_binaryProperties = Words(
        "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored "
        + "Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM "
        + "Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT "
        + "Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic "
        + "Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender "
        + "Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB "
        + "IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control "
        + "Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar "
        + "Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical "
        + "Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term "
        + "Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space "
        + "XID_Continue XIDC XID_Start XIDS Extended_Pictographic EBase EComp EMod EPres ExtPict");

    // Binary properties of strings (table-binary-unicode-properties-of-strings), v flag only.
    private static readonly HashSet<string> s_binaryPropertiesOfStrings = Words(
        "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence "
        + "RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji");

    // General_Category values and aliases (table-unicode-general-category-values); also usable alone.
    private static readonly HashSet<string> s_generalCategoryValues = Words(
        "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl "
        + "Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me "
        + "Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl "
        + "Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter "
        + "Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter "
        + "Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use "
        + "Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol "
        + "S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu");

    // Script and Script_Extensions values and aliases (table-unicode-script-values).
    private static readonly HashSet<string> s_scriptValues = Words(
        "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese "
        + "Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi "
        + "Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari "
        + "Caucasian_Albanian Aghb Chakma Cakm Cham Cherokee Cher Common Zyyy Coptic Copt Qaac "
        + "Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl "
        + "Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic "
        + "Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano "
        + "Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai "
        + "Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada "
        + "Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao "
        + "Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lycian Lyci Lydian "
        + "Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi "
        + "Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero "
        + "Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat "
        + "New_Tai_Lue Talu Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung "
        + "Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian "
        + "Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm "
        + "Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr "
        + "Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw "
        + "Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc "
        + "Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml "
        + "Tangut Tang Telugu Telu Thaana Thaa Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic "
        + "Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb Dogra Dogr Gunjala_Gondi Gong "
        + "Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd Elymaic "
        + "Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho Chorasmian Chrs Diak "
        + "Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa "
        + "Tnsa Toto Vithkuqi Vith Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt "
        + "Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu "
        + "Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz");

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);

    private sealed partial class PatternParser
    {
        // CharacterClassEscape :: d D s S w W, and under u `p{...}` / `P{...}`. Sets _lastIntValue to
        // -1: a class escape cannot be a range end.
        private CharSet EatCharacterClassEscape()
        {
            var ch = Current();
            if (ch is 'd' or 'D' or 's' or 'S' or 'w' or 'W')
            {
                _lastIntValue = -1;
                Advance();
                return CharSet.Characters;
            }
            if (_unicode && ch is 'p' or 'P')
            {
                var negate = ch == 'P';
                _lastIntValue = -1;
                Advance();
                CharSet result;
                if (Eat('{') && (result = EatUnicodePropertyValueExpression()) != CharSet.None && Eat('}'))
                {
                    if (negate && result == CharSet.Strings)
                        throw Error("Invalid property name");
                    return result;
                }
                throw Error("Invalid property name");
            }
            return CharSet.None;
        }

        // UnicodePropertyValueExpression :: UnicodePropertyName `=` UnicodePropertyValue
        //                                  | LoneUnicodePropertyNameOrValue
        private CharSet EatUnicodePropertyValueExpression()
        {
            var start = _pos;
            if (EatUnicodePropertyCharacters(allowDigits: false) && Eat('='))
            {
                var name = _lastStringValue;
                if (EatUnicodePropertyCharacters(allowDigits: true))
                {
                    ValidateUnicodePropertyNameAndValue(name, _lastStringValue);
                    return CharSet.Characters;
                }
            }
            _pos = start;

            if (EatUnicodePropertyCharacters(allowDigits: true))
                return ValidateUnicodePropertyNameOrValue(_lastStringValue);
            return CharSet.None;
        }

        private static void ValidateUnicodePropertyNameAndValue(string name, string value)
        {
            var values = name switch
            {
                "General_Category" or "gc" => s_generalCategoryValues,
                "Script" or "sc" or "Script_Extensions" or "scx" => s_scriptValues,
                _ => throw Error("Invalid property name"),
            };
            if (!values.Contains(value))
                throw Error("Invalid property value");
        }

        private CharSet ValidateUnicodePropertyNameOrValue(string nameOrValue)
        {
            if (s_binaryProperties.Contains(nameOrValue) || s_generalCategoryValues.Contains(nameOrValue))
                return CharSet.Characters;
            if (_unicodeSets && s_binaryPropertiesOfStrings.Contains(nameOrValue))
                return CharSet.Strings;
            throw Error("Invalid property name");
        }

        // UnicodePropertyName (letters and `_`) or UnicodePropertyValue (also digits), into
        // _lastStringValue; false when empty.
        private bool EatUnicodePropertyCharacters(bool allowDigits)
        {
            var start = _pos;
            int ch;
            while (IsControlLetter(ch = Current()) || ch == '_' || (allowDigits && IsDecimalDigit(ch)))
                Advance();
            _lastStringValue = _source.Substring(start, _pos - start);
            return _pos != start;
        }
    }
}
