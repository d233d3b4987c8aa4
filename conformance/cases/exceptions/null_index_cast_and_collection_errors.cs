// exceptions/null_index_cast_and_collection_errors: NullReferenceException (instance call,
// field read/write, array element/length, unbox of null, string member), IndexOutOfRange
// (negative, == Length, MD arrays, spans), InvalidCast (unbox to wrong type, castclass),
// ArrayTypeMismatch (covariant store), ArgumentOutOfRange (List indexer, Substring),
// KeyNotFound, FormatException (int.Parse), InvalidOperation (empty Stack, collection
// modified during foreach). Each is caught and its type printed. (Exceptions milestone.)
using System;
using System.Globalization;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Node { public int Value; public int Get() => Value; }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static T V<T>(T x) => x;

    static void Try(string label, Action0 a)
    {
        string r;
        try { a.Run(); r = "no exception"; }
        catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(label + " -> " + r);
    }
    interface Action0 { void Run(); }
    struct Case : Action0 { public int K; public void Run() => Program.Run(K); }
    static int sink;

    static void Run(int k)
    {
        Node? nul = V<Node?>(null);
        int[] arr = V(new int[3]);
        switch (k)
        {
            case 0: sink = nul!.Get(); break;
            case 1: sink = nul!.Value; break;
            case 2: nul!.Value = 1; break;
            case 3: sink = V<int[]?>(null)![0]; break;
            case 4: sink = V<int[]?>(null)!.Length; break;
            case 5: sink = (int)V<object?>(null)!; break;
            case 6: sink = V<string?>(null)!.Length; break;
            case 7: sink = arr[V(-1)]; break;
            case 8: sink = arr[V(3)]; break;
            case 9: sink = V(new int[2, 2])[V(2), 0]; break;
            case 10: { Span<int> s = arr; sink = s[V(5)]; break; }
            case 11: sink = (int)V<object>(5L); break;
            case 12: sink = ((string)V<object>(new Node())).Length; break;
            case 13: { object[] objs = V<object[]>(new string[1]); objs[0] = new Node(); break; }
            case 14: sink = V(new List<int> { 1 })[V(1)]; break;
            case 15: sink = "abc".Substring(V(2), V(5)).Length; break;
            case 16: sink = V(new Dictionary<string, int>())["missing"]; break;
            case 17: sink = int.Parse(V("12x")); break;
            case 18: sink = V(new Stack<int>()).Pop(); break;
            case 19: { var l = V(new List<int> { 1, 2, 3 }); foreach (int x in l) if (x == 2) l.Add(4); break; }
            case 20: sink = (int)(uint)V<object>(7u); break;
        }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string[] labels = { "null call", "null field read", "null field write", "null array element", "null array length", "unbox null", "null string Length",
                            "index -1", "index == Length", "MD index", "span index", "unbox long as int", "castclass", "covariant store", "List indexer",
                            "Substring", "dictionary missing key", "int.Parse", "empty Stack.Pop", "modified during foreach", "valid unbox (control)" };
        for (int k = 0; k < labels.Length; k++) Try(labels[k], new Case { K = k });
        try { int[] a = V(new int[1]); sink = a[V(1)]; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("message: " + e.Message); }
        try { sink = V<Node?>(null)!.Value; }
        catch (NullReferenceException e) { Console.WriteLine("message: " + e.Message); }
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
null call -> NullReferenceException
null field read -> NullReferenceException
null field write -> NullReferenceException
null array element -> NullReferenceException
null array length -> NullReferenceException
unbox null -> NullReferenceException
null string Length -> NullReferenceException
index -1 -> IndexOutOfRangeException
index == Length -> IndexOutOfRangeException
MD index -> IndexOutOfRangeException
span index -> IndexOutOfRangeException
unbox long as int -> InvalidCastException
castclass -> InvalidCastException
covariant store -> ArrayTypeMismatchException
List indexer -> ArgumentOutOfRangeException
Substring -> ArgumentOutOfRangeException
dictionary missing key -> KeyNotFoundException
int.Parse -> FormatException
empty Stack.Pop -> InvalidOperationException
modified during foreach -> InvalidOperationException
valid unbox (control) -> no exception
message: Index was outside the bounds of the array.
message: Object reference not set to an instance of an object.
PASS
--- stderr
*/
