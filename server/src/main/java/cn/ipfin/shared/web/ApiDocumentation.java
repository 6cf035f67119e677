package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.KeyedCommand;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.NumberSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What the OpenAPI document must say truly: the signed-in {@link Actor} is resolved from the session or token, never
 * a parameter a client sends; a {@link KeyedCommand} is the optional Idempotency-Key header; money is the plain
 * decimal number {@link ApiJson} writes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Actor.class, KeyedCommand.class)
                .replaceWithSchema(Money.class, new NumberSchema()
                        .description("Yuan (元), a decimal number with 2 decimals / 金额（元，两位小数）")
                        .example(new BigDecimal("1234.50")));
    }

    @Bean
    OpenApiCustomizer ipfinInfo() {
        return api -> api.info(new Info().title("IPFin API").version("v1")
                .description("IP pledge financing platform. Errors are RFC 9457 problem details in the caller's"
                        + " language (Accept-Language: en for English, Chinese by default)."));
    }

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == KeyedCommand.class)) {
                operation.addParametersItem(new HeaderParameter().name(KeyedCommand.HEADER).required(false)
                        .schema(new StringSchema())
                        .description("A retry with the same key and request returns the first result / 相同幂等键与请求的重试返回首次结果"));
            }
            return operation;
        };
    }
}
