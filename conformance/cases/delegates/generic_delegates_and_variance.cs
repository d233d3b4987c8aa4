// delegates/generic_delegates_and_variance: Func/Action with value and reference type
// arguments, generic methods bound to delegates (open over T at creation), delegate variance
// (Func<string> as Func<object>, Action<object> as Action<string>), a generic delegate type
// with constraints, and higher-order helpers (map/fold written by hand, no LINQ).
// (Delegates milestone.)
using System;
using System.Globalization;
using System.Collections.Generic;

delegate TOut Mapper<in TIn, out TOut>(TIn x);

static class Program
{
    static List<TOut> Map<TIn, TOut>(List<TIn> xs, Func<TIn, TOut> f) { var r = new List<TOut>(); foreach (var x in xs) r.Add(f(x)); return r; }
    static TAcc Fold<T, TAcc>(IEnumerable<T> xs, TAcc seed, Func<TAcc, T, TAcc> f) { foreach (var x in xs) seed = f(seed, x); return seed; }
    static T Identity<T>(T x) => x;
    static string Describe<T>(T x) where T : struct => typeof(T).Name + ":" + x;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var nums = new List<int> { 1, 2, 3, 4 };
        var squares = Map(nums, n => n * n);
        var strs = Map(squares, n => "<" + n + ">");
        Console.WriteLine("map: " + string.Join(",", squares) + " " + string.Join("", strs));
        int sum = Fold(nums, 0, (acc, n) => acc + n);
        string cat = Fold(strs, "", (acc, s) => acc + s.Length);
        Console.WriteLine("fold: " + sum + " " + cat);
        if (sum != 10 || cat != "3334") return 1;

        Func<int, int> idInt = Identity;
        Func<string, string> idStr = Identity<string>;
        Func<double, string> desc = Describe;
        Console.WriteLine("generic method groups: " + idInt(5) + " " + idStr("s") + " " + desc(2.5));

        Func<string> makeStr = () => "covariant";
        Func<object> makeObj = makeStr;
        Action<object> printObj = o => Console.WriteLine("contravariant got " + o.GetType().Name + ": " + o);
        Action<string> printStr = printObj;
        printStr("text");
        Console.WriteLine("covariant result: " + makeObj());
        Mapper<object, string> m = o => "mapped " + o;
        Mapper<string, object> m2 = m;
        Console.WriteLine("custom variant delegate: " + m2("z"));

        Predicate<int> isEven = n => n % 2 == 0;
        Comparison<int> desc2 = (a, b) => b.CompareTo(a);
        var list = new List<int> { 5, 2, 8, 1, 6 };
        list.Sort(desc2);
        Console.WriteLine("Predicate/Comparison: " + list.FindAll(isEven).Count + " sorted " + string.Join(",", list));
        if (string.Join(",", list) != "8,6,5,2,1") return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
map: 1,4,9,16 <1><4><9><16>
fold: 10 3334
generic method groups: 5 s Double:2.5
contravariant got String: text
covariant result: covariant
custom variant delegate: mapped z
Predicate/Comparison: 3 sorted 8,6,5,2,1
PASS
--- stderr
*/
