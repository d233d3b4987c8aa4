// generics/generic_type_statics_and_typeof: static fields are per closed instantiation,
// including instantiations that differ only in a reference-type argument (string vs object),
// and typeof(T) identity across shared code.
using System;
using System.Globalization;

class Registry<T>
{
    public static int Count;
    public static string Last = "none";
    public static T? Latest;
    public static void Register(T v, string tag) { Count++; Last = tag; Latest = v; }
}

class Keyed<TKey, TValue> { public static string Tag = typeof(TKey).Name + "->" + typeof(TValue).Name; }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static void RegisterVia<T>(T v, string tag) => Registry<T>.Register(v, tag);
    static Type TypeOf<T>() => typeof(T);
    static bool Same<A, B>() => typeof(A) == typeof(B);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        RegisterVia("s1", "str1");
        RegisterVia("s2", "str2");
        RegisterVia<object>("o1", "obj1");
        RegisterVia(1, "int1");
        RegisterVia(2L, "long1");
        RegisterVia(new int[] { 1 }, "arr1");
        Registry<string>.Register("s3", "str3");

        Console.WriteLine("string: " + Registry<string>.Count + " " + Registry<string>.Last + " " + Registry<string>.Latest);
        Console.WriteLine("object: " + Registry<object>.Count + " " + Registry<object>.Last + " " + Registry<object>.Latest);
        Console.WriteLine("int: " + Registry<int>.Count + " " + Registry<int>.Last + " " + Registry<int>.Latest);
        Console.WriteLine("long: " + Registry<long>.Count + " " + Registry<long>.Last + " " + Registry<long>.Latest);
        Console.WriteLine("int[]: " + Registry<int[]>.Count + " " + Registry<int[]>.Last);
        Console.WriteLine("uint (untouched): " + Registry<uint>.Count + " " + Registry<uint>.Last + " " + Registry<uint>.Latest);
        Check(1, Registry<string>.Count == 3 && Registry<object>.Count == 1 && Registry<int>.Count == 1);
        Check(2, Registry<string>.Last == "str3" && Registry<uint>.Last == "none");

        Console.WriteLine(Keyed<int, string>.Tag + " " + Keyed<string, int>.Tag + " " + Keyed<object, object>.Tag);
        Check(3, Keyed<string, int>.Tag == "String->Int32");

        Console.WriteLine("typeof " + TypeOf<string>().Name + " " + TypeOf<object>().Name + " " + TypeOf<int[]>().Name + " " + TypeOf<Registry<string>>().Name);
        Console.WriteLine("same " + Same<string, string>() + Same<string, object>() + Same<int, int>() + Same<int, uint>() + Same<int?, int>());
        Check(4, Same<string, string>() && !Same<string, object>() && !Same<int?, int>());
        Check(5, TypeOf<Registry<string>>() == typeof(Registry<string>));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
string: 3 str3 s3
object: 1 obj1 o1
int: 1 int1 1
long: 1 long1 2
int[]: 1 arr1
uint (untouched): 0 none 0
Int32->String String->Int32 Object->Object
typeof String Object Int32[] Registry`1
same TrueFalseTrueFalseFalse
PASS
--- stderr
*/
