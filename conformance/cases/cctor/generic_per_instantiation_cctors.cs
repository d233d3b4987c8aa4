// cctor/generic_per_instantiation_cctors: a generic class with a static constructor runs it
// once per closed instantiation, including separate runs for reference-type instantiations
// that share code (Cache<string> vs Cache<object>), triggered from shared generic code, and
// nested generic instantiations; each instantiation has its own static state.
using System;
using System.Globalization;
using System.Text;

static class Log { public static StringBuilder Sb = new StringBuilder(); public static void W(string s) => Sb.Append(s).Append(' '); }

class Cache<T>
{
    public static int Hits;
    public static readonly string Name;
    static Cache() { Name = typeof(T).Name; Log.W("cctor<" + Name + ">"); }
    public static void Hit() { Hits++; }
}

class Outer<T> { public class Inner<U> { public static string Tag; static Inner() { Tag = typeof(T).Name + "/" + typeof(U).Name; Log.W("cctor-inner<" + Tag + ">"); } } }

static class Program
{
    static void HitShared<T>() => Cache<T>.Hit();

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Log.W("start");
        HitShared<int>();
        HitShared<string>();
        HitShared<object>();
        HitShared<string>();
        Cache<int>.Hit();
        HitShared<int[]>();
        Log.W("names=" + Cache<int>.Name + "," + Cache<string>.Name + "," + Cache<object>.Name);
        Log.W("hits=" + Cache<int>.Hits + "," + Cache<string>.Hits + "," + Cache<object>.Hits + "," + Cache<int[]>.Hits);
        Log.W(Outer<int>.Inner<string>.Tag);
        Log.W(Outer<string>.Inner<int>.Tag);
        Log.W(Outer<int>.Inner<string>.Tag);
        string log = Log.Sb.ToString().TrimEnd();
        Console.WriteLine(log);
        string expected = "start cctor<Int32> cctor<String> cctor<Object> cctor<Int32[]> names=Int32,String,Object hits=2,2,1,1 "
            + "cctor-inner<Int32/String> Int32/String cctor-inner<String/Int32> String/Int32 Int32/String";
        if (log != expected) { Console.WriteLine("FAILED"); return 1; }
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
start cctor<Int32> cctor<String> cctor<Object> cctor<Int32[]> names=Int32,String,Object hits=2,2,1,1 cctor-inner<Int32/String> Int32/String cctor-inner<String/Int32> String/Int32 Int32/String
PASS
--- stderr
*/
