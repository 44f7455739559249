using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Identity;

/// <summary>
/// A hash of a random password, made once per server with the configured password hasher. A login under a name that
/// does not exist is checked against it, so that it costs what a wrong password costs and the response time does not
/// tell which accounts exist. It follows the configured iteration count: a hash made with the library's default
/// would cost more or less than the users' own whenever the configuration differs from that default.
/// </summary>
public sealed class UnknownUserHash(IOptions<PasswordHasherOptions> options)
{
    private readonly Lazy<string> hash = new(
        () => new PasswordHasher<AppUser>(options).HashPassword(new AppUser(), Guid.NewGuid().ToString()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public string Value => hash.Value;
}
