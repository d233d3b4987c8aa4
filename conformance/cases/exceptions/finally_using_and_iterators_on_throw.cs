// exceptions/finally_using_and_iterators_on_throw: using disposes while an exception
// propagates; an exception thrown inside finally replaces the original; a catch-all catch
// { }; exceptions thrown out of an iterator run the iterator's finally; try/catch inside a
// loop with break; nested exception handling inside catch blocks. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Collections.Generic;
using System.Text;

class Res : IDisposable
{
    readonly string n;
    public Res(string n) { this.n = n; Program.W("open-" + n); }
    public void Dispose() => Program.W("close-" + n);
}

static class Program
{
    static StringBuilder log = new StringBuilder();
    public static void W(string s) => log.Append(s).Append(' ');
    static string Take() { string s = log.ToString().TrimEnd(); log.Clear(); return s; }

    static IEnumerable<int> Gen()
    {
        try { yield return 1; yield return 2; throw new InvalidOperationException("gen"); }
        finally { W("gen-finally"); }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try { using (new Res("a")) using (new Res("b")) { W("body"); throw new Exception("x"); } }
        catch (Exception e) { W("caught-" + e.Message); }
        string s1 = Take(); Console.WriteLine(s1);
        if (s1 != "open-a open-b body close-b close-a caught-x") return 1;

        try
        {
            try { throw new ArgumentException("original"); }
            finally { W("finally-throws"); throw new FormatException("replacement"); }
        }
        catch (Exception e) { W(e.GetType().Name + "-" + e.Message); }
        string s2 = Take(); Console.WriteLine(s2);
        if (s2 != "finally-throws FormatException-replacement") return 2;

        try { throw new NotImplementedException(); }
        catch { W("catch-all"); }
        try
        {
            foreach (int v in Gen()) W("item" + v);
        }
        catch (InvalidOperationException e) { W("caught-" + e.Message); }
        string s3 = Take(); Console.WriteLine(s3);
        if (s3 != "catch-all item1 item2 gen-finally caught-gen") return 3;

        int i = 0;
        while (true)
        {
            try { i++; if (i == 3) throw new Exception("stop"); W("iter" + i); }
            catch { W("break-at-" + i); break; }
        }
        try
        {
            try { throw new Exception("first"); }
            catch (Exception e1)
            {
                try { throw new Exception("second"); }
                catch (Exception e2) { W("nested-" + e1.Message + "-" + e2.Message); }
                W("still-in-first-catch");
            }
        }
        finally { W("done"); }
        string s4 = Take(); Console.WriteLine(s4);
        if (s4 != "iter1 iter2 break-at-3 nested-first-second still-in-first-catch done") return 4;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
open-a open-b body close-b close-a caught-x
finally-throws FormatException-replacement
catch-all item1 item2 gen-finally caught-gen
iter1 iter2 break-at-3 nested-first-second still-in-first-catch done
PASS
--- stderr
*/
