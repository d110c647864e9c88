package uk.ehcexchange.hub.door.signin.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The demo identity provider's login form (its POST is Spring Security's form login). Demo mode only. */
@ConditionalOnProperty(prefix = "ehc", name = "demo-mode", havingValue = "true")
@Controller
class DemoLoginController {

    @GetMapping(DemoIdentityProviderConfiguration.LOGIN)
    String login(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("title", error != null ? "Error: Sign in" : "Sign in");
        model.addAttribute("users", DemoUsers.PEOPLE);
        model.addAttribute("passwordFile", DemoUsers.FILE);
        return "demo-idp/login";
    }
}
