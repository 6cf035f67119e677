package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.KeyedCommand;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
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
                        + " language (Accept-Language: en for English, Chinese by default). A refusal by a business"
                        + " rule (422) names the rule's code and citation; GET /api/v1/rules lists every rule."));
    }

    /**
     * Every operation may answer 422 when a business rule refuses it: the problem's extension members {@code code}
     * and {@code citation} (and {@code reasons} when several rules refused) are described, so a client knows them.
     */
    @Bean
    OpenApiCustomizer ruleProblems() {
        return api -> {
            Schema<?> reason = new ObjectSchema()
                    .addProperty("code", new StringSchema().example("lending.pledge-rate-cap"))
                    .addProperty("citation", new StringSchema().example("Shenzhen 004 (七)"))
                    .addProperty("detail", new StringSchema());
            Schema<?> problem = new ObjectSchema()
                    .description("RFC 9457 problem details of a refused business rule / 业务规则拒绝")
                    .addProperty("type", new StringSchema().example("urn:ipfin:problem:rule"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema().example(422))
                    .addProperty("detail", new StringSchema().description("why, in the caller's language"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("code", new StringSchema()
                            .description("the rule's stable code in the rule catalogue (GET /api/v1/rules)")
                            .example("lending.pledge-rate-cap"))
                    .addProperty("citation", new StringSchema()
                            .description("what the rule implements: a seed and its article, a law or regulation, or"
                                    + " \"platform\" for the platform's own rule")
                            .example("Shenzhen 004 (七)"))
                    .addProperty("reasons", new ArraySchema().items(reason)
                            .description("every rule that refused, when more than one did"));
            problem.setRequired(java.util.List.of("type", "title", "status", "detail", "code", "citation"));
            api.getComponents().addSchemas("RuleProblem", problem);
            Content content = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/RuleProblem")));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().addApiResponse("422",
                            new ApiResponse().description("Refused by a business rule / 业务规则拒绝").content(content))));
        };
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
