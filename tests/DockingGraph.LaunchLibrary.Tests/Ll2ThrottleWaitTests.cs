using System.Net.Http.Headers;
using DockingGraph.LaunchLibrary.Throttling;

namespace DockingGraph.LaunchLibrary.Tests;

/// <summary>
/// Where LL2 says how long to wait after a 429: Retry-After (seconds or a date), else the detail text, else
/// api-throttle's next_use_secs.
/// </summary>
public sealed class Ll2ThrottleWaitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfterAsSeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(120), Ll2ThrottleWait.FromRetryAfter(Header("120"), Now));

    [Fact]
    public void RetryAfterAsAnHttpDate() =>
        Assert.Equal(
            TimeSpan.FromMinutes(5), Ll2ThrottleWait.FromRetryAfter(Header("Fri, 27 Nov 2026 12:05:00 GMT"), Now));

    [Theory]
    [InlineData("""{"detail": "Request was throttled. Expected available in 2429 seconds."}""", 2429)]
    [InlineData("""{"detail": "Request was throttled. Expected available in 1 second."}""", 1)]
    [InlineData("Request was throttled. Expected available in 7 seconds.", 7)]
    public void DetailText(string body, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Ll2ThrottleWait.FromBody(body));

    [Theory]
    [InlineData("""{"detail": "Request was throttled."}""")]
    [InlineData("<html>429 Too Many Requests</html>")]
    [InlineData("")]
    public void NoWaitInTheBody(string body) => Assert.Null(Ll2ThrottleWait.FromBody(body));

    [Theory]
    [InlineData("""{"your_request_limit": 15, "current_use": 15, "next_use_secs": 1800, "ident": "1.2.3.4"}""", 1800)]
    [InlineData("""[{"your_request_limit": 15, "current_use": 15, "next_use_secs": 42, "ident": "k"}]""", 42)]
    public void ApiThrottleObjectOrArray(string body, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Ll2ThrottleWait.FromApiThrottle(body));

    private static RetryConditionHeaderValue Header(string value) => RetryConditionHeaderValue.Parse(value);

    [Theory]
    [InlineData("""{"next_use_secs": 0}""")]
    [InlineData("[]")]
    [InlineData("not json")]
    public void ApiThrottleWithoutAWait(string body) => Assert.Null(Ll2ThrottleWait.FromApiThrottle(body));
}
