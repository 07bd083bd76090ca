using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Http;

/// <summary>A parsed input value, or the 400 response explaining why it could not be parsed.</summary>
public readonly record struct InputReading<T>(T Value, IResult? Error)
{
    public static InputReading<T> Valid(T value) => new(value, null);

    public static InputReading<T> Invalid(IResult error) => new(default!, error);
}
