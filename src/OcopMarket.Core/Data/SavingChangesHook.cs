using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OcopMarket.Core.Data;

/// <summary>An interceptor that does one thing to the change tracker before every save, sync or async.</summary>
public abstract class SavingChangesHook : SaveChangesInterceptor
{
    protected abstract void OnSaving(DbContext context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) OnSaving(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) OnSaving(context);
        return ValueTask.FromResult(result);
    }
}
