namespace SiteErrorCms.Core.Codes;

public enum CategoryKind
{
    /// <summary>A class of the HTTP standard: 1xx to 5xx.</summary>
    Class,

    /// <summary>A product's own codes: NGINX, Cloudflare, AWS ELB, IIS.</summary>
    Vendor,
}
