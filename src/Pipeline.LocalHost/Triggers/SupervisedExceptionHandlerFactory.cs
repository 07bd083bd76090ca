using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;

namespace Pipeline.LocalHost.Triggers;

/// <summary>
/// Replaces the WebJobs default, which rethrows an unhandled listener fault on a new thread and so ends the
/// process: the fault is handed to <see cref="TriggerSupervisor"/>, which restarts the engine once storage is back.
/// </summary>
internal sealed class SupervisedExceptionHandlerFactory(TaskCompletionSource<Exception> fault) : IWebJobsExceptionHandlerFactory
{
    public IWebJobsExceptionHandler Create(IHost jobHost) => new Handler(fault);

    private sealed class Handler(TaskCompletionSource<Exception> fault) : IWebJobsExceptionHandler
    {
        public void Initialize(JobHost host)
        {
        }

        public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod)
        {
            ArgumentNullException.ThrowIfNull(exceptionInfo);
            fault.TrySetResult(exceptionInfo.SourceException);
            return Task.CompletedTask;
        }

        public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
        {
            ArgumentNullException.ThrowIfNull(exceptionInfo);
            fault.TrySetResult(exceptionInfo.SourceException);
            return Task.CompletedTask;
        }
    }
}
