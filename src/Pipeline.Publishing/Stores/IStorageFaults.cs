namespace Pipeline.Publishing.Stores;

/// <summary>
/// Tells a storage outage (unreachable, timing out, throttling, failing with a server error) from every other
/// failure, without the caller knowing the storage SDK: hosts answer the first with 503 and retry it later.
/// </summary>
public interface IStorageFaults
{
    bool IsUnavailable(Exception exception);
}
