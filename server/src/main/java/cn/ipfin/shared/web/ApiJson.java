package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.util.List;

/**
 * JSON as the API speaks it: money is one shape everywhere (a plain decimal number of yuan with 2 decimals, e.g.
 * 1234.50, never Money's record components), and a request body with a field the command does not know is refused
 * (400 naming the field) instead of silently ignored — only for request bodies: JSON the platform stored itself is read
 * leniently, so adding a field to a record never breaks reading older rows.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

    @Bean
    JacksonModule moneyAsDecimalNumber() {
        return new SimpleModule("money-as-number")
                .addSerializer(Money.class, new MoneySerializer())
                .addDeserializer(Money.class, new MoneyDeserializer());
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof JacksonJsonHttpMessageConverter json) {
                // the Builder constructor, so the converter adds its ProblemDetail mix-in as Boot's does
                JsonMapper.Builder strict = json.getMapper().rebuild()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
                converters.set(i, new JacksonJsonHttpMessageConverter(strict));
            }
        }
    }

    static final class MoneySerializer extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.amount());
        }
    }

    /** Reads a number or numeric text; also the object shape {"amount": …} that older stored JSON has. */
    static final class MoneyDeserializer extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(p);
            if (node.isObject()) {
                node = node.path("amount");
            }
            BigDecimal amount;
            if (node.isNumber()) {
                amount = node.decimalValue();
            } else if (node.isString()) {
                try {
                    amount = new BigDecimal(node.asString().strip());
                } catch (NumberFormatException e) {
                    throw InvalidFormatException.from(p, "not an amount", node.asString(), Money.class);
                }
            } else {
                throw InvalidFormatException.from(p, "not an amount", node.toString(), Money.class);
            }
            try {
                return Money.of(amount);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, "an amount has at most 2 decimals", amount, Money.class);
            }
        }
    }
}
