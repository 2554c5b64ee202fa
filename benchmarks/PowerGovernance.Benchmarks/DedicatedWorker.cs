using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace PowerGovernance.Benchmarks;

/// <summary>
/// One long-lived thread that runs the same piece of work each time it is told to, so that a benchmark measuring two
/// threads at once pays for a wake-up per invocation (microseconds), not for creating a thread (or for the thread
/// pool's injection policy). <see cref="Begin"/> starts the work; <see cref="End"/> waits for it and returns its result,
/// rethrowing on the caller's thread whatever the work threw.
/// </summary>
internal sealed class DedicatedWorker : IDisposable
{
    private readonly Func<int> work;
    private readonly Thread thread;
    private readonly SemaphoreSlim go = new(0, 1);
    private readonly ManualResetEventSlim done = new(false);
    private int result;
    private ExceptionDispatchInfo? failure;
    private volatile bool stopping;

    /// <summary>Initializes a new instance of the <see cref="DedicatedWorker"/> class and starts its thread, idle.</summary>
    /// <param name="name">The thread's name (shown by debuggers and profilers).</param>
    /// <param name="work">The work run on each <see cref="Begin"/>.</param>
    public DedicatedWorker(string name, Func<int> work)
    {
        this.work = work;
        thread = new Thread(Loop) { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>Starts one run of the work on the worker's thread; call <see cref="End"/> before the next.</summary>
    public void Begin()
    {
        done.Reset();
        go.Release();
    }

    /// <summary>Waits for the run started by <see cref="Begin"/>.</summary>
    /// <returns>What the work returned.</returns>
    public int End()
    {
        done.Wait();
        failure?.Throw();
        return result;
    }

    /// <summary>Stops the thread and waits for it to exit.</summary>
    public void Dispose()
    {
        stopping = true;
        go.Release();
        thread.Join();
        go.Dispose();
        done.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            go.Wait();
            if (stopping)
            {
                return;
            }

            try
            {
                failure = null;
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }

            done.Set();
        }
    }
}
