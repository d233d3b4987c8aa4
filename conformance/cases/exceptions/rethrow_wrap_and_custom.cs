// exceptions/rethrow_wrap_and_custom: custom exception types with extra state, `throw;`
// keeping the original object, `throw e;` also rethrowing the same object, wrapping with
// InnerException, exception Message/ToString-free properties, catch (Exception) of
// non-Exception-derived-free cases, and exceptions crossing generic and virtual calls.
// (Exceptions milestone.)
using System;
using System.Globalization;
using System.Runtime.CompilerServices;

class AppError : Exception
{
    public readonly int Code;
    public AppError(string msg, int code, Exception? inner = null) : base(msg, inner) { Code = code; }
}
abstract class Worker { public abstract int Work(int x); }
class Picky : Worker { public override int Work(int x) => x < 0 ? throw new AppError("negative " + x, 400) : x * 2; }

static class Program
{
    static T Call<T>(Func0<T> f) => f.Invoke();
    interface Func0<T> { T Invoke(); }
    struct Thrower : Func0<int> { public int Invoke() => throw new NotSupportedException("from generic struct"); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Wrap()
    {
        try { new Picky().Work(-5); }
        catch (AppError e) { throw new InvalidOperationException("wrapped", e); }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Exception? first = null, second = null;
        try
        {
            try { throw new AppError("original", 1); }
            catch (Exception e) { first = e; throw; }
        }
        catch (Exception e) { second = e; }
        Console.WriteLine("throw; keeps object: " + ReferenceEquals(first, second) + " type " + second!.GetType().Name);
        if (!ReferenceEquals(first, second)) return 1;

        try
        {
            try { throw new AppError("again", 2); }
            catch (AppError e) { first = e; throw e; }
        }
        catch (AppError e) { second = e; }
        Console.WriteLine("throw e; same object: " + ReferenceEquals(first, second) + " code " + ((AppError)second).Code);

        try { Wrap(); }
        catch (InvalidOperationException e)
        {
            var inner = (AppError)e.InnerException!;
            Console.WriteLine("wrapped: " + e.Message + " <- " + inner.Message + " (" + inner.Code + ")");
            if (inner.Code != 400 || inner.Message != "negative -5") return 2;
        }

        try { Call(new Thrower()); }
        catch (NotSupportedException e) { Console.WriteLine("through generic interface call: " + e.Message); }

        var ex = new AppError("not thrown", 9);
        Console.WriteLine("unthrown exception: message=" + ex.Message + " stacktrace null=" + (ex.StackTrace == null) + " inner null=" + (ex.InnerException == null));
        Console.WriteLine("default messages: [" + new Exception().Message + "] [" + new InvalidOperationException().Message + "]");
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
throw; keeps object: True type AppError
throw e; same object: True code 2
wrapped: wrapped <- negative -5 (400)
through generic interface call: from generic struct
unthrown exception: message=not thrown stacktrace null=True inner null=True
default messages: [Exception of type 'System.Exception' was thrown.] [Operation is not valid due to the current state of the object.]
PASS
--- stderr
*/
