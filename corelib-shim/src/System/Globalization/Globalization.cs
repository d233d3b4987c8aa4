namespace System.Globalization
{
    [Flags]
    public enum NumberStyles
    {
        None = 0x00000000, AllowLeadingWhite = 0x00000001, AllowTrailingWhite = 0x00000002, AllowLeadingSign = 0x00000004,
        AllowTrailingSign = 0x00000008, AllowParentheses = 0x00000010, AllowDecimalPoint = 0x00000020, AllowThousands = 0x00000040,
        AllowExponent = 0x00000080, AllowCurrencySymbol = 0x00000100, AllowHexSpecifier = 0x00000200, AllowBinarySpecifier = 0x00000400,
        Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
        HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
        BinaryNumber = AllowLeadingWhite | AllowTrailingWhite | AllowBinarySpecifier,
        Number = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
        Float = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowDecimalPoint | AllowExponent,
        Currency = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowParentheses | AllowDecimalPoint | AllowThousands | AllowCurrencySymbol,
        Any = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowParentheses | AllowDecimalPoint | AllowThousands | AllowCurrencySymbol | AllowExponent,
    }

    [Flags]
    public enum CompareOptions
    {
        None = 0x00000000, IgnoreCase = 0x00000001, IgnoreNonSpace = 0x00000002, IgnoreSymbols = 0x00000004, IgnoreKanaType = 0x00000008,
        IgnoreWidth = 0x00000010, NumericOrdering = 0x00000020, OrdinalIgnoreCase = 0x10000000, StringSort = 0x20000000, Ordinal = 0x40000000,
    }

    /// <summary>Only the invariant culture exists in the shim: every culture behaves as CultureInfo.InvariantCulture.</summary>
    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static readonly CultureInfo s_invariant = new CultureInfo("");
        private static CultureInfo s_current;
        private readonly string _name;

        public CultureInfo(string name) { if (name == null) ThrowHelper.ThrowArgumentNullException(nameof(name)); _name = name; }
        public CultureInfo(string name, bool useUserOverride) : this(name) { }
        public CultureInfo(int culture) : this("") { }

        public static CultureInfo InvariantCulture => s_invariant;
        public static CultureInfo CurrentCulture { get => s_current ?? s_invariant; set { if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value)); s_current = value; } }
        public static CultureInfo CurrentUICulture { get => CurrentCulture; set => CurrentCulture = value; }
        public static CultureInfo DefaultThreadCurrentCulture { get; set; }
        public static CultureInfo DefaultThreadCurrentUICulture { get; set; }
        public static CultureInfo GetCultureInfo(string name) => new CultureInfo(name);
        public static CultureInfo CreateSpecificCulture(string name) => new CultureInfo(name);

        public virtual string Name => _name;
        public virtual string DisplayName => _name.Length == 0 ? "Invariant Language (Invariant Country)" : _name;
        public virtual string EnglishName => DisplayName;
        public virtual string NativeName => _name.Length == 0 ? "Invariant Language (Invariant Country)" : _name;
        public string TwoLetterISOLanguageName => _name.Length == 0 ? "iv" : _name.Split('-')[0];
        public virtual bool IsNeutralCulture => false;
        public bool IsReadOnly => true;
        public virtual CultureInfo Parent => s_invariant;
        public virtual NumberFormatInfo NumberFormat { get => NumberFormatInfo.InvariantInfo; set { } }
        public virtual CompareInfo CompareInfo => CompareInfo.Invariant;
        public virtual TextInfo TextInfo => TextInfo.Invariant;
        public virtual object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? NumberFormat : null;
        public virtual object Clone() => new CultureInfo(_name);
        public static CultureInfo ReadOnly(CultureInfo ci) => ci;
        public override string ToString() => _name;
        public override bool Equals(object value) => value is CultureInfo c && c._name == _name;
        public override int GetHashCode() => _name.GetHashCode();
    }

    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static readonly NumberFormatInfo s_invariant = new NumberFormatInfo();
        public NumberFormatInfo() { }
        public static NumberFormatInfo InvariantInfo => s_invariant;
        public static NumberFormatInfo CurrentInfo => s_invariant;
        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider) => s_invariant;
        public bool IsReadOnly => true;
        public object Clone() => new NumberFormatInfo();
        public object GetFormat(Type formatType) => formatType == typeof(NumberFormatInfo) ? this : null;
        public static NumberFormatInfo ReadOnly(NumberFormatInfo nfi) => nfi;
        public string NumberDecimalSeparator { get => "."; set { } }
        public string NumberGroupSeparator { get => ","; set { } }
        public int NumberDecimalDigits { get => 2; set { } }
        public int[] NumberGroupSizes { get => new[] { 3 }; set { } }
        public int NumberNegativePattern { get => 1; set { } }
        public string CurrencySymbol { get => "\u00A4"; set { } }
        public string CurrencyDecimalSeparator { get => "."; set { } }
        public string CurrencyGroupSeparator { get => ","; set { } }
        public int CurrencyDecimalDigits { get => 2; set { } }
        public int[] CurrencyGroupSizes { get => new[] { 3 }; set { } }
        public int CurrencyPositivePattern { get => 0; set { } }
        public int CurrencyNegativePattern { get => 0; set { } }
        public string PercentSymbol { get => "%"; set { } }
        public string PerMilleSymbol { get => "\u2030"; set { } }
        public string PercentDecimalSeparator { get => "."; set { } }
        public string PercentGroupSeparator { get => ","; set { } }
        public int PercentDecimalDigits { get => 2; set { } }
        public int[] PercentGroupSizes { get => new[] { 3 }; set { } }
        public int PercentPositivePattern { get => 0; set { } }
        public int PercentNegativePattern { get => 0; set { } }
        public string NegativeSign { get => "-"; set { } }
        public string PositiveSign { get => "+"; set { } }
        public string NaNSymbol { get => "NaN"; set { } }
        public string PositiveInfinitySymbol { get => "Infinity"; set { } }
        public string NegativeInfinitySymbol { get => "-Infinity"; set { } }
    }

    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo();
        private CompareInfo() { }
        public string Name => "";
        public int Compare(string string1, string string2) => string.Compare(string1, string2, StringComparison.InvariantCulture);
        public int Compare(string string1, string string2, CompareOptions options) => string.Compare(string1, string2, CultureInfo.InvariantCulture, options);
        public int IndexOf(string source, string value) => source.IndexOf(value, StringComparison.InvariantCulture);
        public int IndexOf(string source, string value, CompareOptions options) => source.IndexOf(value, (options & CompareOptions.IgnoreCase) != 0 ? StringComparison.InvariantCultureIgnoreCase : StringComparison.InvariantCulture);
        public bool IsPrefix(string source, string prefix) => source.StartsWith(prefix, StringComparison.InvariantCulture);
        public bool IsSuffix(string source, string suffix) => source.EndsWith(suffix, StringComparison.InvariantCulture);
        public int GetHashCode(string source, CompareOptions options) => (options & CompareOptions.IgnoreCase) != 0 ? string.GetHashCodeOrdinalIgnoreCase(source) : InvariantCollation.GetHashCode(source);
    }

    public sealed class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo();
        private TextInfo() { }
        public string CultureName => "";
        public string ListSeparator => ",";
        public char ToUpper(char c) => char.ToUpperInvariant(c);
        public char ToLower(char c) => char.ToLowerInvariant(c);
        public string ToUpper(string str) { if (str == null) ThrowHelper.ThrowArgumentNullException(nameof(str)); return str.ToUpperInvariant(); }
        public string ToLower(string str) { if (str == null) ThrowHelper.ThrowArgumentNullException(nameof(str)); return str.ToLowerInvariant(); }
        public string ToTitleCase(string str)
        {
            if (str == null) ThrowHelper.ThrowArgumentNullException(nameof(str));
            var c = str.ToCharArray();
            bool start = true;
            for (int i = 0; i < c.Length; i++)
            {
                if (char.IsLetter(c[i])) { c[i] = start ? char.ToUpperInvariant(c[i]) : char.ToLowerInvariant(c[i]); start = false; }
                else start = !char.IsDigit(c[i]) && c[i] != '\'';
            }
            return new string(c);
        }
    }
}
