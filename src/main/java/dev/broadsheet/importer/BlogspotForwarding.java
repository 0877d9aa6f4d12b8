package dev.broadsheet.importer;

/**
 * The snippet a blog on {@code *.blogspot.com} pastes into its Blogger theme: Blogger keeps serving
 * the old addresses and allows no server redirects there, so a script sends each reader to the
 * same address on the new site (where every old post, page and label has a redirect), and names
 * that address as the canonical one.
 */
final class BlogspotForwarding {

    static final String FILE = "content/blogger-forwarding.html";
    private static final String PLACEHOLDER = "https://YOUR-NAME.github.io/YOUR-BLOG/";

    private BlogspotForwarding() {
    }

    static String snippet(String blogspot, String newSite) {
        String base = newSite.isEmpty() ? PLACEHOLDER : newSite.endsWith("/") ? newSite : newSite + "/";
        return """
                <!-- Broadsheet: forwards readers of %s to the new site.
                     Paste it in Blogger › Theme › Edit HTML, right after <head>, and save.
                     Every old address keeps working there: posts, pages (/p/…), labels (/search/label/…), feeds. -->
                <script>//<![CDATA[
                (function () {
                  var site = %s;
                  var path = location.pathname.replace(/^\\/+/, "");
                  var query = path === "search" ? location.search : "";
                  var target = site + path + query + location.hash;
                  var canonical = document.querySelector("link[rel=canonical]") || document.createElement("link");
                  canonical.rel = "canonical";
                  canonical.href = site + path;
                  document.head.appendChild(canonical);
                  location.replace(target);
                })();
                //]]></script>
                """.formatted(blogspot, jsString(base));
    }

    private static String jsString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }
}
