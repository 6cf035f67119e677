package cn.ipfin.workspace;

import cn.ipfin.shared.ActorHolder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their navigation on every page, for the layout. */
@ControllerAdvice(annotations = Controller.class)
class WorkspaceModel {

    @ModelAttribute
    void shell(Model model, HttpServletRequest request) {
        model.addAttribute("currentPath", request.getRequestURI());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
            model.addAttribute("actor", holder.actor());
            model.addAttribute("displayName", holder.displayName());
            model.addAttribute("navigation", Navigation.of(holder.actor()));
        }
    }
}
