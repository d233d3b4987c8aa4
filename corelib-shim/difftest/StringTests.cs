extern alias bcl;
// Differential tests: Split, composite formatting, invariant-culture collation and exception messages.
using System;
using System.Globalization;

static partial class DiffTest
{
    static string ShimFormat(string format, params object[] args)
    {
        var sb = new System.ValueStringBuilder(16);
        System.FormatHelpers.AppendFormat(ref sb, null, format, args);
        return sb.ToString();
    }

    static void StringTests()
    {
        var inv = CultureInfo.InvariantCulture;
        // ---- Split
        string[] inputs = { "", " ", "a", "a,b,c", ",a,,b,", ",,,", "a, b ,c ", "  a  b\tc\n", "a--b----c-", "--", "abc", "a,b;c;;d,", " , ,x, " };
        var optionsList = new[] { StringSplitOptions.None, StringSplitOptions.RemoveEmptyEntries, StringSplitOptions.TrimEntries, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries };
        int[] counts = { 0, 1, 2, 3, 10, int.MaxValue };
        foreach (string s in inputs)
            foreach (var o in optionsList)
                foreach (int c in counts)
                {
                    Check($"split chars '{s}' {o} {c}", Try(() => string.Join("|", s.Split(new[] { ',', ';' }, c, o)) + "#" + s.Split(new[] { ',', ';' }, c, o).Length),
                          Try(() => string.Join("|", System.StringSplitHelper.SplitChars(s, new[] { ',', ';' }, c, o)) + "#" + System.StringSplitHelper.SplitChars(s, new[] { ',', ';' }, c, o).Length));
                    Check($"split ws '{s}' {o} {c}", Try(() => string.Join("|", s.Split((char[])null, c, o))), Try(() => string.Join("|", System.StringSplitHelper.SplitChars(s, default, c, o))));
                    Check($"split str '{s}' {o} {c}", Try(() => string.Join("|", s.Split("--", c, o))), Try(() => string.Join("|", System.StringSplitHelper.SplitString(s, "--", c, o))));
                    Check($"split strs '{s}' {o} {c}", Try(() => string.Join("|", s.Split(new[] { "--", "-", "," }, c, o))), Try(() => string.Join("|", System.StringSplitHelper.SplitStrings(s, new[] { "--", "-", "," }, c, o))));
                    Check($"split empty sep '{s}' {o} {c}", Try(() => string.Join("|", s.Split("", c, o))), Try(() => string.Join("|", System.StringSplitHelper.SplitString(s, "", c, o))));
                }
        // ---- composite formatting
        object[] args = { 42, -1.5, "str", null, 'c', true, 1234567.891, (byte)7, 1e20, -0.0 };
        string[] formats = { "{0}", "{0,5}", "{0,-5}|", "{1:F3}", "{6:N2}", "{0:X8}", "{0:D5}", "{{{0}}}", "{2,10:}", "{3}x", "{4}{5}", "{8}", "{9}", "{1,8:E2}", "{0:0.00}", "{6,-15:#,##0.0}|", "{ 0}", "{0 }", "{0,  3}",
            "{0:}", "{10}", "{", "}", "{0", "{0,}", "{0,-}", "{0:{}", "x}y", "{a}", "{0,a}", "{1000000}", "{7:x}", "{0:P1}" };
        foreach (string f in formats)
            Check("format '" + f + "'", Try(() => string.Format(inv, f, args)), Try(() => ShimFormat(f, args)));
        // ---- collation (invariant culture, ICU root)
        var rng = new bcl::System.Random(99);
        string alphabet = Environment.GetEnvironmentVariable("COLLATE_ALPHABET") ?? " !\"#$%&()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\t\n\u0001\u007f\u00a0aeAEàáâãäåæçèéêëìíîïðñòóöøùúüýþÿßÀÉÖÜÑÆ";
        int mism = 0;
        for (int i = 0; i < Scale(50000); i++)
        {
            string a = RandomString(rng, alphabet, 5), b = RandomString(rng, alphabet, 5);
            int e = Math.Sign(string.Compare(a, b, StringComparison.InvariantCulture));
            int g = Math.Sign(System.InvariantCollation.Compare(a.AsSpan(), b.AsSpan(), false));
            int ei = Math.Sign(string.Compare(a, b, StringComparison.InvariantCultureIgnoreCase));
            int gi = Math.Sign(System.InvariantCollation.Compare(a.AsSpan(), b.AsSpan(), true));
            if (e != g || ei != gi) mism++;
            Check("collate '" + a + "' vs '" + b + "'", e + "/" + ei, g + "/" + gi);
        }
        // ---- default exception messages equal the shim's SR strings
        Check("msg Exception", new Exception().Message, string.Format(System.SR.Arg_Exception, "System.Exception"));
        Check("msg ArgumentNull", new ArgumentNullException().Message, System.SR.ArgumentNull_Generic);
        Check("msg ArgumentNull(p)", new ArgumentNullException("p").Message, System.SR.ArgumentNull_Generic + " " + string.Format(System.SR.Arg_ParamName_Name, "p"));
        Check("msg ArgumentOutOfRange", new ArgumentOutOfRangeException().Message, System.SR.Arg_ArgumentOutOfRangeException);
        Check("msg InvalidOperation", new InvalidOperationException().Message, System.SR.Arg_InvalidOperationException);
        Check("msg NullReference", new NullReferenceException().Message, System.SR.Arg_NullReferenceException);
        Check("msg IndexOutOfRange", new IndexOutOfRangeException().Message, System.SR.Arg_IndexOutOfRangeException);
        Check("msg InvalidCast", new InvalidCastException().Message, System.SR.Arg_InvalidCastException);
        Check("msg Overflow", new OverflowException().Message, System.SR.Arg_OverflowException);
        Check("msg DivideByZero", new DivideByZeroException().Message, System.SR.Arg_DivideByZero);
        Check("msg Arithmetic", new ArithmeticException().Message, System.SR.Arg_ArithmeticException);
        Check("msg Format", new FormatException().Message, System.SR.Arg_FormatException);
        Check("msg NotSupported", new NotSupportedException().Message, System.SR.Arg_NotSupportedException);
        Check("msg NotImplemented", new NotImplementedException().Message, System.SR.Arg_NotImplementedException);
        Check("msg KeyNotFound", new System.Collections.Generic.KeyNotFoundException().Message, System.SR.Arg_KeyNotFound);
        Check("msg OutOfMemory", new OutOfMemoryException().Message, System.SR.Arg_OutOfMemoryException);
        Check("msg ArrayTypeMismatch", new ArrayTypeMismatchException().Message, System.SR.Arg_ArrayTypeMismatchException);
        Check("msg TypeInit", new TypeInitializationException("A.B", null).Message, string.Format(System.SR.TypeInitialization_Type, "A.B"));
        Check("msg MissingMethod", new MissingMethodException().Message, System.SR.Arg_MissingMethodException);
        Check("msg MissingField", new MissingFieldException().Message, System.SR.Arg_MissingFieldException);
        Check("msg TypeLoad", new TypeLoadException().Message, System.SR.Arg_TypeLoadException);
        Check("msg FileNotFound", new System.IO.FileNotFoundException().Message, System.SR.IO_FileNotFound);
        Check("msg MissingMethod(c,m)", new MissingMethodException("C", "M").Message, string.Format(System.SR.MissingMethod_Name, "C.M"));
        Check("msg KeyNotFound(k)", Try(() => new bcl::System.Collections.Generic.Dictionary<string, int>()["k"].ToString()), Try(() => new System.Collections.Generic.Dictionary<string, int>()["k"].ToString()));
        Check("msg duplicate key", Try(() => { var d = new bcl::System.Collections.Generic.Dictionary<int, int> { { 1, 1 } }; d.Add(1, 2); return ""; }), Try(() => { var d = new System.Collections.Generic.Dictionary<int, int> { { 1, 1 } }; d.Add(1, 2); return ""; }));
        Check("msg list index", Try(() => new bcl::System.Collections.Generic.List<int>()[3].ToString()), Try(() => new System.Collections.Generic.List<int>()[3].ToString()));
        Check("msg empty queue", Try(() => new bcl::System.Collections.Generic.Queue<int>().Dequeue().ToString()), Try(() => new System.Collections.Generic.Queue<int>().Dequeue().ToString()));
        Check("msg empty stack", Try(() => new bcl::System.Collections.Generic.Stack<int>().Pop().ToString()), Try(() => new System.Collections.Generic.Stack<int>().Pop().ToString()));
        Check("msg modified", Try(() => { var l = new bcl::System.Collections.Generic.List<int> { 1 }; foreach (var x in l) l.Add(2); return ""; }), Try(() => { var l = new System.Collections.Generic.List<int> { 1 }; foreach (var x in l) l.Add(2); return ""; }));
        Check("msg ObjectDisposed", new ObjectDisposedException("o").Message, System.SR.Arg_ObjectDisposed + "\n" + string.Format(System.SR.ObjectDisposed_ObjectName_Name, "o"));
        Check("msg bad format", Try(() => int.Parse("abc").ToString()), "!FormatException: " + string.Format(System.SR.Format_InvalidStringWithValue, "abc"));
    }

    static string RandomString(bcl::System.Random rng, string alphabet, int maxLen)
    {
        int n = rng.Next(maxLen + 1);
        var c = new char[n];
        for (int i = 0; i < n; i++) c[i] = alphabet[rng.Next(alphabet.Length)];
        return new string(c);
    }
}
