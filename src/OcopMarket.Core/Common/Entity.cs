namespace OcopMarket.Core.Common;

public abstract class Entity
{
    public int Id { get; set; }
}
