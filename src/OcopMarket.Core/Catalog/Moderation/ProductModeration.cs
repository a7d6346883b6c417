using Microsoft.EntityFrameworkCore;
using OcopMarket.Core.Audit;
using OcopMarket.Core.Common;
using OcopMarket.Core.Data;

namespace OcopMarket.Core.Catalog.Moderation;

/// <summary>
/// The listing workflow shared by the producer portal and the office: draft → submitted →
/// approved/rejected, and pending changes of name, category or images on approved listings.
/// Only an approved product may be published; every step is audited by the context.
/// </summary>
public sealed class ProductModeration(OcopDbContext db, TimeProvider time, IAuditActor actor)
{
    /// <summary>A producer sends a draft or rejected listing to the office.</summary>
    public async Task<OperationResult> SubmitAsync(int productId, CancellationToken ct = default)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return OperationResult.Fail("The product does not exist.");
        if (product.ModerationStatus is not (ModerationStatus.Draft or ModerationStatus.Rejected))
            return OperationResult.Fail("Only a draft or rejected listing can be submitted.");
        product.ModerationStatus = ModerationStatus.Submitted;
        product.SubmittedAt = time.GetUtcNow();
        product.IsPublished = false;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> ApproveAsync(int productId, CancellationToken ct = default)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return OperationResult.Fail("The product does not exist.");
        if (product.ModerationStatus != ModerationStatus.Submitted)
            return OperationResult.Fail("Only a submitted listing can be approved or rejected.");
        product.ModerationStatus = ModerationStatus.Approved;
        product.ModerationNote = null;
        product.IsPublished = true;
        product.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> RejectAsync(int productId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return OperationResult.Fail("Give the producer a reason for the rejection.");
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return OperationResult.Fail("The product does not exist.");
        if (product.ModerationStatus != ModerationStatus.Submitted)
            return OperationResult.Fail("Only a submitted listing can be approved or rejected.");
        product.ModerationStatus = ModerationStatus.Rejected;
        product.ModerationNote = reason.Trim();
        product.IsPublished = false;
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    /// <summary>
    /// A producer changes name, category or images. On a listing the office has not approved yet the
    /// change applies at once; on an approved one it waits as the product's single pending request
    /// (a newer proposal replaces an older one) while the live listing stays as it is.
    /// </summary>
    public async Task<OperationResult<bool>> ProposeChangeAsync(int productId, string name, string? nameEn, int categoryId,
        IReadOnlyList<int> imageIds, CancellationToken ct = default)
    {
        var product = await db.Products.Include(p => p.Images).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return OperationResult<bool>.Fail("The product does not exist.");
        name = name.Trim().Normalize(System.Text.NormalizationForm.FormC);
        nameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        var currentImages = product.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaFileId).ToList();
        if (name == product.Name && nameEn == product.NameEn && categoryId == product.CategoryId && currentImages.SequenceEqual(imageIds))
            return OperationResult<bool>.Ok(false);

        if (product.ModerationStatus != ModerationStatus.Approved)
        {
            Apply(product, name, nameEn, categoryId, imageIds);
            await db.SaveChangesAsync(ct);
            return OperationResult<bool>.Ok(false);
        }

        var pending = await db.ProductChangeRequests.FirstOrDefaultAsync(r => r.ProductId == productId && r.Status == ChangeRequestStatus.Pending, ct);
        if (pending is null)
        {
            pending = new ProductChangeRequest { ProductId = productId };
            db.ProductChangeRequests.Add(pending);
        }
        pending.ProposedName = name;
        pending.ProposedNameEn = nameEn;
        pending.ProposedCategoryId = categoryId;
        pending.ProposedImageIds = string.Join(',', imageIds);
        pending.SubmittedAt = time.GetUtcNow();
        pending.SubmittedByUserId = actor.UserId;
        await db.SaveChangesAsync(ct);
        return OperationResult<bool>.Ok(true);
    }

    public async Task<OperationResult> ApproveChangeAsync(int requestId, CancellationToken ct = default)
    {
        var request = await db.ProductChangeRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || request.Status != ChangeRequestStatus.Pending) return OperationResult.Fail("The change request is no longer pending.");
        var product = await db.Products.Include(p => p.Images).FirstAsync(p => p.Id == request.ProductId, ct);
        Apply(product, request.ProposedName, request.ProposedNameEn, request.ProposedCategoryId, request.ImageIds);
        Decide(request, ChangeRequestStatus.Approved, null);
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> RejectChangeAsync(int requestId, string reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return OperationResult.Fail("Give the producer a reason for the rejection.");
        var request = await db.ProductChangeRequests.FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null || request.Status != ChangeRequestStatus.Pending) return OperationResult.Fail("The change request is no longer pending.");
        Decide(request, ChangeRequestStatus.Rejected, reason.Trim());
        await db.SaveChangesAsync(ct);
        return OperationResult.Ok;
    }

    private void Decide(ProductChangeRequest request, ChangeRequestStatus status, string? note)
    {
        request.Status = status;
        request.DecisionNote = note;
        request.DecidedAt = time.GetUtcNow();
        request.DecidedByUserId = actor.UserId;
    }

    private void Apply(Product product, string name, string? nameEn, int categoryId, IReadOnlyList<int> imageIds)
    {
        product.Name = name;
        product.NameEn = nameEn;
        product.CategoryId = categoryId;
        product.UpdatedAt = time.GetUtcNow();
        // Keep rows whose image stays (ids and alt texts survive), drop the rest, add the new ones in order.
        var keep = product.Images.Where(i => imageIds.Contains(i.MediaFileId)).ToList();
        foreach (var gone in product.Images.Except(keep).ToList())
        {
            product.Images.Remove(gone);
            db.ProductImages.Remove(gone);
        }
        for (var order = 0; order < imageIds.Count; order++)
        {
            var image = keep.FirstOrDefault(i => i.MediaFileId == imageIds[order]);
            if (image is null) product.Images.Add(image = new ProductImage { MediaFileId = imageIds[order] });
            image.SortOrder = order;
        }
    }
}
