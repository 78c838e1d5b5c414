// A binding (D1, R2, a statement) whose one method fails, to show that a storage failure leaves nothing.
export function failing<T extends object>(binding: T, method: string): T {
  return new Proxy(binding, {
    get(target, property, receiver) {
      if (property === method) return () => Promise.reject(new Error(`injected ${method} failure`));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
