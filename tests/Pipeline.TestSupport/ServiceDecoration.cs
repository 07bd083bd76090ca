using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.TestSupport;

/// <summary>Wraps a registered singleton (e.g. a real store) in a decorator that injects a fault at a chosen moment.</summary>
public static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService))
            ?? throw new InvalidOperationException($"{typeof(TService).Name} is not registered.");
        services.Remove(original);
        services.AddSingleton(sp => decorate((TService)Create(original, sp), sp));
        return services;
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
