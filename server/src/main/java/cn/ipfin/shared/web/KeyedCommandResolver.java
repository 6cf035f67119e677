package cn.ipfin.shared.web;

import cn.ipfin.shared.KeyedCommand;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;

/** Lets an API method take a {@link KeyedCommand}: the actor, the Idempotency-Key header and the path's values. */
class KeyedCommandResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == KeyedCommand.class;
    }

    @Override
    public KeyedCommand resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                        WebDataBinderFactory binderFactory) {
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        return new KeyedCommand(ActorArgumentResolver.current(), request.getHeader(KeyedCommand.HEADER),
                path == null ? List.of() : List.copyOf(path.values()));
    }
}
