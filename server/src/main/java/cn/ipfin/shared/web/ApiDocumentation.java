package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.KeyedCommand;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OpenAPI document must say truly: the signed-in {@link Actor} is resolved from the session or token, never
 * a parameter a client sends; a {@link KeyedCommand} is the optional Idempotency-Key header; money is the plain
 * decimal number {@link ApiJson} writes; enums are named schemas.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // an enum is one named schema (Role, LoanState, …), as a client generator makes one type of it; inline, every
        // field got its own copy, and openapi-generator's Java client does not compile a set of inline enum values
        ModelResolver.enumsAsRef = true;
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Actor.class, KeyedCommand.class)
                .replaceWithSchema(Money.class, new NumberSchema()
                        .description("Yuan (元), a decimal number with 2 decimals / 金额（元，两位小数）")
                        .example(new BigDecimal("1234.50")));
    }

    /**
     * Every operation's refusals: an RFC 9457 problem (application/problem+json) with the fields at fault. An
     * operation that documents a status itself (an import refused with its row report, 422) keeps its own.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "The request is malformed or a field is invalid / 请求格式或字段有误");
        refusals.put("401", "Not signed in / 未登录");
        refusals.put("403", "The caller's role may not do this / 无权操作");
        refusals.put("404", "No such record the caller may see / 记录不存在或不可见");
        refusals.put("409", "Stale expectedVersion or a duplicate / 版本已变化或重复");
        refusals.put("422", "A business rule refuses it (code and citation name the rule) / 业务规则不允许（code 与 citation 指明规则）");
        refusals.put("429", "Too many sign-in attempts: retry after Retry-After / 登录过于频繁");
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema());
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            refusals.forEach((status, description) -> api.getComponents().addResponses("Problem" + status,
                    new ApiResponse().description(description).content(problem)));
            api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, op) ->
                    refusals.keySet().forEach(status -> {
                        boolean write = method != PathItem.HttpMethod.GET;
                        if ((write || !status.equals("409") && !status.equals("422"))
                                && !op.getResponses().containsKey(status)) {
                            op.getResponses().addApiResponse(status,
                                    new ApiResponse().$ref("#/components/responses/Problem" + status));
                        }
                    })));
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, parameter or part"))
                .addProperty("message", new StringSchema())
                .addProperty("rejected", new StringSchema().description("the value refused, cut at 200 characters"));
        Schema<?> reason = new ObjectSchema()
                .addProperty("code", new StringSchema().example("lending.pledge-rate-cap"))
                .addProperty("citation", new StringSchema().example("Shenzhen 004 (七)"))
                .addProperty("detail", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details, in the caller's language (Accept-Language)")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(error))
                // a refusal by a business rule (422) names the rule, so that a bank's system can act on it
                .addProperty("code", new StringSchema()
                        .description("when a business rule refused: the rule's stable code in the rule catalogue"
                                + " (GET /api/v1/rules)")
                        .example("lending.pledge-rate-cap"))
                .addProperty("citation", new StringSchema()
                        .description("when a business rule refused: what the rule implements, a seed and its article,"
                                + " a law or regulation, or \"platform\" for the platform's own rule")
                        .example("Shenzhen 004 (七)"))
                .addProperty("reasons", new ArraySchema().items(reason)
                        .description("every rule that refused, when more than one did"))
                .required(List.of("status"));
    }

    @Bean
    OpenApiCustomizer ipfinInfo() {
        return api -> api.info(new Info().title("IPFin API").version("v1")
                .description("IP pledge financing platform. Errors are RFC 9457 problem details in the caller's"
                        + " language (Accept-Language: en for English, Chinese by default). A refusal by a business"
                        + " rule (422) names the rule's code and citation; GET /api/v1/rules lists every rule."));
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
