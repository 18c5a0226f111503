package uk.send.web.support;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every form record is bound, once for all of them.
 * <ol>
 * <li>A value that cannot be converted (letters for an id, an unknown choice) leaves its component null and
 * becomes a field error that keeps what was typed. Spring builds the record with the other values, but the
 * binding result it made on the first failure points at no record, so the page could not show the form
 * again; here the binding result is remade around the record, keeping its errors.</li>
 * <li>The version a page was opened at is written by the page itself: one that cannot be read means the
 * page is not one of ours or is out of date, which is the conflict page (409), never a field error.</li>
 * <li>Every text component is checked by {@link FormText}: no control characters, no longer than its
 * column.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class FormBinding implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
        return new RequestMappingHandlerAdapter() {
            @Override
            protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
                return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                    @Override
                    protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                            NativeWebRequest request) {
                        return new FormDataBinder(target, objectName);
                    }
                };
            }
        };
    }

    /** The servlet binder, with the binding result kept on the record it built and the text checks made. */
    static final class FormDataBinder extends ExtendedServletRequestDataBinder {

        /** The hidden field every changing form carries: the version of the record when the page was opened. */
        private static final String VERSION = "version";

        private AbstractPropertyBindingResult remade;

        FormDataBinder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        public void construct(ValueResolver valueResolver) {
            super.construct(valueResolver);
            if (getInternalBindingResult().hasFieldErrors(VERSION)) {
                // the version the page was opened at, written by the page itself: unreadable is out of date
                throw new OptimisticLockingFailureException("The form's version could not be read");
            }
            if (getTarget() != null) {
                FormText.check(getTarget(), getInternalBindingResult());
            }
        }

        @Override
        protected AbstractPropertyBindingResult getInternalBindingResult() {
            AbstractPropertyBindingResult result = super.getInternalBindingResult();
            if (remade != null) {
                return remade;
            }
            if (result.getTarget() == null && getTarget() != null) {
                BeanPropertyBindingResult kept = new BeanPropertyBindingResult(getTarget(), getObjectName(),
                        isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
                kept.setMessageCodesResolver(result.getMessageCodesResolver());
                if (getConversionService() != null) {
                    kept.initConversion(getConversionService());
                }
                kept.addAllErrors(result);
                remade = kept;
                return kept;
            }
            return result;
        }
    }
}
