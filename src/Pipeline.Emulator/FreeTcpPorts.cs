using System.Net;
using System.Net.Sockets;

namespace Pipeline.Emulator;

/// <summary>Asks the OS for currently free TCP ports. Another process may take one before Azurite binds it, so callers retry.</summary>
internal static class FreeTcpPorts
{
    public static int[] Take(IPAddress address, int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            // Hold all listeners open together so the OS hands out distinct ports.
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(address, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
